package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComplianceSheetTest {

  private static final List<List<String>> ROWS =
      List.of(
          List.of("Coach", "PCN", "Conditions of reimbursement", "A1"),
          List.of("=HYPERLINK(\"x\")", "", "Not met", "Overdue"),
          List.of("Ann, \"the\" coach", "North", "Met", "Verified"));

  @Test
  void csvQuotesWhatItMustAndMakesFormulasInert() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ComplianceSheet sheet = ComplianceSheet.csv(out)) {
      for (List<String> row : ROWS) {
        sheet.row(row);
      }
    }
    List<List<String>> back = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.RFC4180.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
      back.add(r.toList());
    }
    assertEquals(ROWS.get(0), back.get(0));
    assertEquals("'=HYPERLINK(\"x\")", back.get(1).get(0));
    assertEquals(ROWS.get(2), back.get(2));
  }

  @Test
  void xlsxHoldsEveryValueAsTextNeverAFormula() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ComplianceSheet sheet = ComplianceSheet.xlsx(out)) {
      for (int i = 0; i < 300; i++) {
        sheet.row(ROWS.get(i == 0 ? 0 : 1 + (i + 1) % 2));
      }
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(300, book.getSheetAt(0).getPhysicalNumberOfRows(), "past the window of 100");
      Row formula = book.getSheetAt(0).getRow(1);
      assertEquals(CellType.STRING, formula.getCell(0).getCellType());
      assertEquals("=HYPERLINK(\"x\")", formula.getCell(0).getStringCellValue());
      assertEquals(
          "Ann, \"the\" coach", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
    }
  }
}
