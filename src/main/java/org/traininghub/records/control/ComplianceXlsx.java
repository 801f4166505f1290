package org.traininghub.records.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The compliance report as an Excel workbook, by Apache POI's streaming SXSSF: only the last {@link
 * #WINDOW} rows are in memory, the others are flushed to a temporary file, which is zipped into the
 * response at {@link #close} and then deleted. Every cell is a text cell (never a formula), so no
 * value needs neutralising; the header row is bold and stays in view.
 */
final class ComplianceXlsx implements ComplianceSheet {

  static final int WINDOW = 100;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final SXSSFSheet sheet;
  private final CellStyle bold;
  private int next;

  ComplianceXlsx(OutputStream out) {
    this.out = out;
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet("Compliance");
    sheet.createFreezePane(1, 1);
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
  }

  @Override
  public void row(List<String> cells) {
    Row row = sheet.createRow(next);
    for (int i = 0; i < cells.size(); i++) {
      var cell = row.createCell(i);
      cell.setCellValue(cells.get(i));
      if (next == 0) {
        cell.setCellStyle(bold);
      }
    }
    next++;
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
      out.flush();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
