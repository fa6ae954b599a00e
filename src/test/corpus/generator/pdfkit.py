"""Small drawing layer over reportlab's canvas, top-left origin, units in points."""
from reportlab.lib.pagesizes import A4, landscape as _landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILES = {
    "Sans": "dejavu/DejaVuSans.ttf", "SansB": "dejavu/DejaVuSans-Bold.ttf",
    "SansI": "dejavu/DejaVuSans-Oblique.ttf", "SansL": "dejavu/DejaVuSans-ExtraLight.ttf",
    "Cond": "dejavu/DejaVuSansCondensed.ttf", "CondB": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf", "SerifB": "dejavu/DejaVuSerif-Bold.ttf",
    "SerifI": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf", "MonoB": "dejavu/DejaVuSansMono-Bold.ttf",
    "Lib": "liberation/LiberationSans-Regular.ttf", "LibB": "liberation/LiberationSans-Bold.ttf",
    "LibI": "liberation/LiberationSans-Italic.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "NarrowB": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSerif": "liberation/LiberationSerif-Regular.ttf", "LSerifB": "liberation/LiberationSerif-Bold.ttf",
    "LSerifI": "liberation/LiberationSerif-Italic.ttf",
    "LMono": "liberation/LiberationMono-Regular.ttf", "LMonoB": "liberation/LiberationMono-Bold.ttf",
    "Free": "freefont/FreeSans.ttf", "FreeB": "freefont/FreeSansBold.ttf",
    "FSerif": "freefont/FreeSerif.ttf", "FSerifB": "freefont/FreeSerifBold.ttf",
    "FSerifI": "freefont/FreeSerifItalic.ttf", "FSerifBI": "freefont/FreeSerifBoldItalic.ttf",
    "FMono": "freefont/FreeMono.ttf", "FMonoB": "freefont/FreeMonoBold.ttf",
}
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for name, rel in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, "/usr/share/fonts/truetype/" + rel))
    _done = True


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s, w, font, size):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if width(t, font, size) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


def hexcol(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


class Pdf:
    def __init__(self, path, title="Invoice", author="", land=False, pagesize=None):
        register_fonts()
        size = pagesize or (_landscape(A4) if land else A4)
        self.W, self.H = size
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator(author or "Accounts")
        self.pages = 1

    # ---- primitives (y measured from top, baseline of text) ----
    def text(self, x, y, s, font="Sans", size=9, align="l", color="#000000", cs=0):
        c = self.c
        c.setFillColorRGB(*hexcol(color))
        c.setFont(font, size)
        if align == "r":
            x -= width(s, font, size) + cs * max(len(s) - 1, 0)
        elif align == "c":
            x -= (width(s, font, size) + cs * max(len(s) - 1, 0)) / 2
        if cs:
            t = c.beginText(x, self.H - y)
            t.setFont(font, size)
            t.setCharSpace(cs)
            t.textOut(s)
            t.setCharSpace(0)          # Tc persists in the page state otherwise
            c.drawText(t)
        else:
            c.drawString(x, self.H - y, s)
        return width(s, font, size)

    def lines(self, x, y, rows, font="Sans", size=9, lead=None, align="l", color="#000000"):
        lead = lead or size * 1.25
        for i, s in enumerate(rows):
            self.text(x, y + i * lead, s, font, size, align, color)
        return y + len(rows) * lead

    def hline(self, x1, x2, y, w=0.5, color="#000000", dash=None):
        c = self.c
        c.setStrokeColorRGB(*hexcol(color))
        c.setLineWidth(w)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, self.H - y, x2, self.H - y)
        c.setDash([], 0)

    def vline(self, x, y1, y2, w=0.5, color="#000000"):
        c = self.c
        c.setStrokeColorRGB(*hexcol(color))
        c.setLineWidth(w)
        c.line(x, self.H - y1, x, self.H - y2)

    def rect(self, x, y, w, h, stroke="#000000", fill=None, lw=0.5, r=0):
        c = self.c
        if stroke:
            c.setStrokeColorRGB(*hexcol(stroke))
        if fill:
            c.setFillColorRGB(*hexcol(fill))
        c.setLineWidth(lw)
        if r:
            c.roundRect(x, self.H - y - h, w, h, r, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            c.rect(x, self.H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(self, x, y, r, stroke="#000000", fill=None, lw=1):
        c = self.c
        if stroke:
            c.setStrokeColorRGB(*hexcol(stroke))
        if fill:
            c.setFillColorRGB(*hexcol(fill))
        c.setLineWidth(lw)
        c.circle(x, self.H - y, r, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def poly(self, pts, stroke=None, fill="#000000", lw=1):
        c = self.c
        p = c.beginPath()
        p.moveTo(pts[0][0], self.H - pts[0][1])
        for x, y in pts[1:]:
            p.lineTo(x, self.H - y)
        p.close()
        if stroke:
            c.setStrokeColorRGB(*hexcol(stroke))
            c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*hexcol(fill))
        c.drawPath(p, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def new_page(self):
        self.c.showPage()
        self.pages += 1

    def save(self):
        self.c.showPage()
        self.c.save()
        return self.pages


def table(pdf, x, y, cols, rows, font="Sans", bold="SansB", size=8.5, lead=None, head=True,
          rule="h", head_fill=None, head_color="#000000", rule_color="#999999", pad=3, zebra=None,
          row_gap=2.5, head_size=None, bottom=None, on_break=None):
    """cols: list of (title, width, align, wrap?); rows: list of (cells, line_or_None).

    A wrapping column's text is split to fit; the fragments are stored on the Line so the
    truth ITEM matches what is printed. Returns the y below the table.
    If bottom is given and a row would cross it, on_break(pdf) is called and must return the
    new y (used by multi-page layouts)."""
    lead = lead or size * 1.22
    head_size = head_size or size
    tot_w = sum(c[1] for c in cols)

    def header(y):
        hh = head_size * 1.9
        if head_fill:
            pdf.rect(x, y, tot_w, hh, stroke=None, fill=head_fill)
        cx = x
        for c in cols:
            title, w, al = c[0], c[1], c[2]
            tx = cx + pad if al == "l" else (cx + w - pad if al == "r" else cx + w / 2)
            for k, part in enumerate(title.split("\n")):
                pdf.text(tx, y + head_size * 1.3 + k * head_size * 1.1, part, bold, head_size, al, head_color)
            cx += w
        nlines = max(len(c[0].split("\n")) for c in cols)
        hh += (nlines - 1) * head_size * 1.1
        if rule in ("h", "grid", "head"):
            pdf.hline(x, x + tot_w, y + hh, 0.8, rule_color if rule != "head" else "#000000")
        return y + hh

    top = y
    if head:
        y = header(y)
    for ri, (cells, line) in enumerate(rows):
        prepared = []
        for c, val in zip(cols, cells):
            w, wr = c[1], (len(c) > 3 and c[3])
            if isinstance(val, list):
                prepared.append(val)
            elif wr:
                frags = wrap(val, w - 2 * pad, font, size)
                prepared.append(frags)
                if line is not None:
                    line.frags = frags
            else:
                prepared.append([val])
        nl = max(len(p) for p in prepared)
        h = nl * lead + row_gap * 2
        if bottom and y + h > bottom and on_break:
            if rule == "grid":
                _grid(pdf, x, top, cols, y, rule_color)
            y = on_break(pdf)
            top = y
            if head:
                y = header(y)
        if zebra and ri % 2 == 1:
            pdf.rect(x, y, tot_w, h, stroke=None, fill=zebra)
        cx = x
        for c, p in zip(cols, prepared):
            w, al = c[1], c[2]
            tx = cx + pad if al == "l" else (cx + w - pad if al == "r" else cx + w / 2)
            for k, s in enumerate(p):
                pdf.text(tx, y + row_gap + size + k * lead - 1, s, font, size, al)
            cx += w
        y += h
        if rule in ("h", "grid"):
            pdf.hline(x, x + tot_w, y, 0.3, rule_color)
    if rule == "grid":
        _grid(pdf, x, top, cols, y, rule_color)
    return y


def _grid(pdf, x, top, cols, y, color):
    pdf.rect(x, top, sum(c[1] for c in cols), y - top, stroke=color, lw=0.6)
    cx = x
    for c in cols[:-1]:
        cx += c[1]
        pdf.vline(cx, top, y, 0.4, color)
