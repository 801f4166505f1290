package org.traininghub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableRenderer;

/**
 * PrimeFaces' data table without {@code role="gridcell"} on its cells. The table is a {@code table
 * role="grid"}, in which a {@code td} is a grid cell already; HTML forbids a role on it there (Nu
 * Html Checker: "The role attribute must not be used on a td element which has a table ancestor
 * with … grid"). PrimeFaces has no setting for it, so the cell is written through a writer that
 * leaves that one attribute out; everything else is PrimeFaces' own rendering. Registered for every
 * {@code p:dataTable} in faces-config.xml.
 */
public class GridTableRenderer extends DataTableRenderer {

  @Override
  protected void encodeCell(
      FacesContext context,
      DataTable table,
      UIColumn column,
      boolean selected,
      boolean editable,
      int rowIndex)
      throws IOException {
    ResponseWriter writer = context.getResponseWriter();
    context.setResponseWriter(new ImplicitCellRole(writer));
    try {
      super.encodeCell(context, table, column, selected, editable, rowIndex);
    } finally {
      context.setResponseWriter(writer);
    }
  }

  /** Passes everything through but a {@code role="gridcell"} on the {@code td} just started. */
  static final class ImplicitCellRole extends ResponseWriterWrapper {

    private boolean cellStarted;

    ImplicitCellRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      cellStarted = "td".equals(name);
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (cellStarted && "role".equals(name) && "gridcell".equals(value)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }
  }
}
