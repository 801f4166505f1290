package org.traininghub.records.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A compliance report being written to a download, a row at a time, so that no export is held in
 * memory whatever the number of coaches: {@link #csv} or {@link #xlsx}.
 */
public interface ComplianceSheet extends AutoCloseable {

  /** Writes one row of cells. */
  void row(List<String> cells) throws IOException;

  /** Finishes the file (the XLSX is zipped here) and releases what it held. */
  @Override
  void close() throws IOException;

  static ComplianceSheet csv(OutputStream out) throws IOException {
    return new ComplianceCsv(out);
  }

  static ComplianceSheet xlsx(OutputStream out) {
    return new ComplianceXlsx(out);
  }
}
