package org.traininghub.records.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.entity.RecordVerification.Line;

/**
 * The coach's training record as a PDF to hand to an employer (OpenPDF): who, when, each
 * requirement of the pathway with its status, the conditions of reimbursement met, and the
 * verification address printed in words and as a QR code (ZXing), drawn as vector squares so it
 * scans at any zoom. It prints exactly the lines kept for the verification page, so that page never
 * shows more than the PDF.
 */
public final class RecordPdf {

  /**
   * DejaVu Sans, shipped in {@code /fonts} with its licence and embedded (the characters used
   * only), so that any name prints: Zoë Ólafsdóttir, Łukasz, Αθηνά (the PDF standard fonts know
   * Latin-1 only).
   */
  private static final BaseFont REGULAR = font("DejaVuSans.ttf");

  private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

  private static final Font TITLE = new Font(BOLD, 18);
  private static final Font HEADING = new Font(BOLD, 12);
  private static final Font TEXT = new Font(REGULAR, 10);
  private static final Font SMALL = new Font(REGULAR, 8);
  private static final Font CELL_BOLD = new Font(BOLD, 9);
  private static final Font CELL = new Font(REGULAR, 9);

  /** Points per QR module; a 33-module code (with its quiet zone) is about 4 cm wide. */
  private static final float MODULE = 3.5f;

  private RecordPdf() {}

  private static BaseFont font(String file) {
    try (InputStream in = RecordPdf.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("The font /fonts/" + file + " is missing from the build");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the PDF prints. */
  public record Content(
      String hubName,
      String coachName,
      String roleName,
      String pcnName,
      LocalDate issuedOn,
      List<Line> lines,
      String verificationAddress) {}

  public static byte[] render(Content content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle("Training record: " + content.coachName());
      document.addAuthor(content.hubName());
      document.open();
      document.add(new Paragraph("Training record", TITLE));
      document.add(
          new Paragraph(
              content.coachName()
                  + ", "
                  + content.roleName()
                  + (content.pcnName() == null ? "" : ", " + content.pcnName()),
              HEADING));
      document.add(
          new Paragraph(
              "Issued by "
                  + content.hubName()
                  + " on "
                  + BritishDates.format(content.issuedOn())
                  + ". It shows the record on that day.",
              TEXT));
      long conditions = content.lines().stream().filter(l -> l.getConditionMet() != null).count();
      long met =
          content.lines().stream().filter(l -> Boolean.TRUE.equals(l.getConditionMet())).count();
      Paragraph summary =
          new Paragraph(
              "Conditions of reimbursement met: " + met + " of " + conditions + ".", HEADING);
      summary.setSpacingBefore(10);
      summary.setSpacingAfter(8);
      document.add(summary);
      document.add(table(content.lines()));
      Paragraph verify =
          new Paragraph(
              "Check that this record is genuine and still current at this address:", TEXT);
      verify.setSpacingBefore(14);
      document.add(verify);
      document.add(new Paragraph(content.verificationAddress(), CELL_BOLD));
      document.add(qr(writer, content.verificationAddress()));
      document.add(
          new Paragraph(
              "The address shows the same record, and says so if the coach has withdrawn it or"
                  + " issued a newer one.",
              SMALL));
    } catch (DocumentException e) {
      throw new IllegalStateException("The record PDF could not be written", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static PdfPTable table(List<Line> lines) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {1f, 5f, 2.4f, 6f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.getDefaultCell().setPadding(4);
    for (String heading : List.of("Code", "Requirement", "Status", "Detail")) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, CELL_BOLD));
      cell.setPadding(4);
      cell.setBackgroundColor(new Color(230, 236, 242));
      table.addCell(cell);
    }
    for (Line line : lines) {
      table.addCell(new Phrase(line.getCode(), CELL));
      Phrase title = new Phrase(line.getTitle(), CELL);
      if (line.getConditionMet() != null) {
        title.add(
            new Chunk(
                "\nCondition of reimbursement: " + (line.getConditionMet() ? "met" : "not met"),
                CELL_BOLD));
      }
      table.addCell(title);
      table.addCell(new Phrase(line.getStatus(), CELL));
      table.addCell(new Phrase(line.getDetail(), CELL));
    }
    return table;
  }

  /** The address as a QR code (medium error correction), drawn as filled squares. */
  private static Image qr(PdfWriter writer, String address) throws DocumentException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  address,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The address does not fit a QR code: " + address, e);
    }
    float size = matrix.getWidth() * MODULE;
    PdfTemplate template = writer.getDirectContent().createTemplate(size, size);
    template.setColorFill(Color.BLACK);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          template.rectangle(x * MODULE, size - (y + 1) * MODULE, MODULE, MODULE);
        }
      }
    }
    template.fill();
    Image image = Image.getInstance(template);
    image.setAlignment(Element.ALIGN_LEFT);
    image.setAlt("QR code of the verification address");
    return image;
  }
}
