package org.traininghub.records.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.traininghub.platform.export.SpreadsheetText;

/**
 * The compliance report as CSV (RFC 4180, UTF-8, by commons-csv), each value made inert for a
 * spreadsheet ({@link SpreadsheetText}), written through to the response as it goes.
 */
final class ComplianceCsv implements ComplianceSheet {

  private final CSVPrinter csv;

  ComplianceCsv(OutputStream out) throws IOException {
    csv =
        new CSVPrinter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024),
            CSVFormat.RFC4180);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    for (String cell : cells) {
      csv.print(SpreadsheetText.inert(cell));
    }
    csv.println();
  }

  @Override
  public void close() throws IOException {
    csv.close(true);
  }
}
