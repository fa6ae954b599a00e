package io.barback.textract.corpus;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A ruled table (items, VAT analysis): columns with heading, width, alignment and a cell function. */
final class Table<T> {

    private record Column<T>(String heading, float width, boolean right, Function<T, String> cell) {
    }

    private final List<Column<T>> columns = new ArrayList<>();
    private PDFont font = PageCanvas.HELVETICA;
    private PDFont headFont = PageCanvas.HELVETICA_BOLD;
    private float size = 9;
    private float headSize = 9;
    private float rowHeight = 16;
    private float headHeight = 18;
    private Color headFill;
    private Color headText = Color.BLACK;
    private Color zebra;
    private boolean grid;
    private boolean rowRules;
    private float pad = 4;

    Table<T> left(String heading, float width, Function<T, String> cell) {
        columns.add(new Column<>(heading, width, false, cell));
        return this;
    }

    Table<T> right(String heading, float width, Function<T, String> cell) {
        columns.add(new Column<>(heading, width, true, cell));
        return this;
    }

    Table<T> fonts(PDFont body, PDFont head, float bodySize, float headingSize) {
        this.font = body;
        this.headFont = head;
        this.size = bodySize;
        this.headSize = headingSize;
        return this;
    }

    Table<T> heights(float row, float head) {
        this.rowHeight = row;
        this.headHeight = head;
        return this;
    }

    Table<T> headFill(Color fill, Color text) {
        this.headFill = fill;
        this.headText = text;
        return this;
    }

    Table<T> zebra(Color stripe) {
        this.zebra = stripe;
        return this;
    }

    Table<T> grid() {
        this.grid = true;
        return this;
    }

    Table<T> rowRules() {
        this.rowRules = true;
        return this;
    }

    Table<T> padding(float padding) {
        this.pad = padding;
        return this;
    }

    float width() {
        return (float) columns.stream().mapToDouble(Column::width).sum();
    }

    /** Draws the heading row and the rows with the top edge at {@code y}; returns the bottom edge. */
    float draw(PageCanvas c, float x, float y, List<T> rows) throws IOException {
        float top = y;
        float w = width();
        if (headFill != null) {
            c.fill(x, y, w, headHeight, headFill);
        }
        c.textColour(headText);
        drawRow(c, x, y + headHeight * 0.66f, headFont, headSize, col -> col.heading());
        c.textColour(Color.BLACK);
        c.hline(x, x + w, y, 0.8f);
        c.hline(x, x + w, y + headHeight, 0.8f);
        y += headHeight;
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            if (zebra != null && i % 2 == 1) {
                c.fill(x, y, w, rowHeight, zebra);
            }
            drawRow(c, x, y + rowHeight * 0.68f, font, size, col -> col.cell().apply(row));
            y += rowHeight;
            if (rowRules || grid) {
                c.hline(x, x + w, y, 0.3f);
            }
        }
        c.hline(x, x + w, y, 0.8f);
        if (grid) {
            drawVerticals(c, x, top, y);
        }
        return y;
    }

    private void drawRow(PageCanvas c, float x, float baseline, PDFont f, float s, Function<Column<T>, String> text)
            throws IOException {
        float cellX = x;
        for (Column<T> col : columns) {
            String value = text.apply(col);
            if (value != null && !value.isEmpty()) {
                float textWidth = PageCanvas.width(f, s, value);
                if (textWidth > col.width() - 2 * pad) {
                    throw new IllegalStateException("'" + value + "' does not fit a " + col.width() + "pt column");
                }
                if (col.right()) {
                    c.right(f, s, cellX + col.width() - pad, baseline, value);
                } else {
                    c.text(f, s, cellX + pad, baseline, value);
                }
            }
            cellX += col.width();
        }
    }

    private void drawVerticals(PageCanvas c, float x, float top, float bottom) throws IOException {
        float cellX = x;
        c.line(cellX, top, cellX, bottom, 0.8f);
        for (Column<T> col : columns) {
            cellX += col.width();
            c.line(cellX, top, cellX, bottom, col == columns.get(columns.size() - 1) ? 0.8f : 0.3f);
        }
    }
}
