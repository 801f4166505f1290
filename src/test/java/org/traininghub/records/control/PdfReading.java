package org.traininghub.records.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as its reader would: the text (PDFBox), and the QR code on its first page. */
public final class PdfReading {

  private PdfReading() {}

  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The fonts of the first page, each embedded (a font that is not fails the test), by name without
   * the subset prefix, sorted.
   */
  public static java.util.List<String> embeddedFonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
      java.util.SortedSet<String> names = new java.util.TreeSet<>();
      for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
        org.apache.pdfbox.pdmodel.font.PDFont font = resources.getFont(name);
        if (!font.isEmbedded()) {
          throw new AssertionError(font.getName() + " is not embedded");
        }
        names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
      }
      return java.util.List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the QR code on the last page, rendered at 150 dpi and decoded by ZXing. */
  public static String qrCode(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page =
          new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      BinaryBitmap bitmap =
          new BinaryBitmap(
              new HybridBinarizer(
                  new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      return new QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException
        | com.google.zxing.ChecksumException
        | com.google.zxing.FormatException e) {
      throw new AssertionError("No readable QR code on the PDF's last page", e);
    }
  }
}
