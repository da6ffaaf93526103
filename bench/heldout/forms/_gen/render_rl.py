"""report_rl.pdf: independent typesetting with reportlab's canvas (own table layout).

Tables are drawn row by row; a row that does not fit is split across the page (its long
Ghi chú continues on the next page) and the header rows are repeated on every page.
With rules=False the table is plain text positioned in columns (no ruling lines)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from model import Report, Table

FONTS = {
    "dejavuserif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"),
    "dejavusans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
    "libsans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"),
    "dejavucond": ("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
                   "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf"),
}
_registered = set()


def reg(fam):
    if fam not in _registered:
        r, b, i = FONTS[fam]
        pdfmetrics.registerFont(TTFont(fam, r))
        pdfmetrics.registerFont(TTFont(fam + "-B", b))
        pdfmetrics.registerFont(TTFont(fam + "-I", i))
        _registered.add(fam)
    return fam, fam + "-B", fam + "-I"


def wrap(text, font, size, width):
    out = []
    for para in (text or "").split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if stringWidth(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out if out != [""] else [""]


class Layout:
    def __init__(self, c, rep, fam, size, rules, dry=False):
        self.c = c
        self.rep = rep
        self.F, self.FB, self.FI = reg(fam)
        self.size = size
        self.lead = size * 1.3
        self.rules = rules
        self.W, self.Hh = A4
        self.ml, self.mr, self.mt, self.mb = 62, 40, 50, 50
        self.y = self.Hh - self.mt
        self.page = 1
        self.dry = dry
        self.split_rows = []  # (table index, row index, page) rows split across pages

    # drawing primitives that respect dry runs
    def text(self, x, y, s, font, size, align="left"):
        if self.dry:
            return
        if align == "center":
            self.c.drawCentredString(x, y, s)
        elif align == "right":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def setfont(self, f, s):
        if not self.dry:
            self.c.setFont(f, s)

    def line(self, x1, y1, x2, y2):
        if not self.dry and self.rules:
            self.c.line(x1, y1, x2, y2)

    def newpage(self):
        if not self.dry:
            self.c.setFont(self.F, 8)
            self.c.drawCentredString(self.W / 2, 25, str(self.page))
            self.c.showPage()
        self.page += 1
        self.y = self.Hh - self.mt

    def para(self, s, font=None, size=None, align="left", indent=0, space=4):
        font = font or self.F
        size = size or self.size
        width = self.W - self.ml - self.mr - indent
        for ln in wrap(s, font, size, width):
            if self.y - size * 1.3 < self.mb:
                self.newpage()
            self.y -= size * 1.3
            self.setfont(font, size)
            if align == "center":
                self.text(self.ml + (self.W - self.ml - self.mr) / 2, self.y, ln, font, size, "center")
            else:
                self.text(self.ml + indent, self.y, ln, font, size)
        self.y -= space

    def header_block(self):
        rep = self.rep
        left = list(rep.issuer) + ["———", f"Số: {rep.number}"]
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———", rep.place_date]
        colw = (self.W - self.ml - self.mr)
        lx = self.ml + colw * 0.2
        rx = self.ml + colw * 0.66
        y0 = self.y
        s = self.size
        for i, ln in enumerate(left):
            f = self.FB if i < len(rep.issuer) else self.F
            self.setfont(f, s)
            self.text(lx, y0 - (i + 1) * s * 1.35, ln, f, s, "center")
        for i, ln in enumerate(right):
            f = self.FB if i < 2 else (self.FI if ln == rep.place_date else self.F)
            self.setfont(f, s)
            self.text(rx, y0 - (i + 1) * s * 1.35, ln, f, s, "center")
        self.y = y0 - (max(len(left), len(right)) + 1) * s * 1.35

    # ---------------------------------------------------------------- tables
    def table(self, ti, t: Table, extra_space=0):
        rep = self.rep
        self.y -= extra_space
        s = self.size - 1.5
        lead = s * 1.28
        usable = self.W - self.ml - self.mr
        nv = t.nvals
        valw = 58 if nv > 1 else 62
        mx = max([stringWidth(rep.cell_text(r, i), self.F, s) for r in t.rows for i in range(nv)] + [0])
        valw = max(valw, mx + 10)
        widths = [38, 0, 58] + [valw] * nv + [88]
        widths[1] = usable - sum(widths)
        xs = [self.ml]
        for w in widths:
            xs.append(xs[-1] + w)
        pad = 3
        grid = t.header_grid()
        nh = len(grid)

        def draw_header():
            # each header row has height = max wrapped lines of its single-row cells
            heights = []
            for hi, hr in enumerate(grid):
                mx = 1
                for (text, col, cs, rs) in hr:
                    w = xs[col + cs] - xs[col] - 2 * pad
                    n = len(wrap(text, self.FB, s, w))
                    if rs == 1:
                        mx = max(mx, n)
                heights.append(mx * lead + 2 * pad)
            total = sum(heights)
            if self.y - total - 3 * lead < self.mb:
                self.newpage()
            top = self.y
            self.line(xs[0], top, xs[-1], top)
            ys = [top]
            for h in heights:
                ys.append(ys[-1] - h)
            for hi, hr in enumerate(grid):
                for (text, col, cs, rs) in hr:
                    w = xs[col + cs] - xs[col] - 2 * pad
                    lines = wrap(text, self.FB, s, w)
                    cy_top = ys[hi]
                    cy_bot = ys[hi + rs]
                    hcell = cy_top - cy_bot
                    start = cy_top - (hcell - len(lines) * lead) / 2 - lead + 2
                    self.setfont(self.FB, s)
                    for k, ln in enumerate(lines):
                        self.text((xs[col] + xs[col + cs]) / 2, start - k * lead, ln, self.FB, s, "center")
                    # borders of the cell
                    self.line(xs[col], cy_top, xs[col], cy_bot)
                    self.line(xs[col + cs], cy_top, xs[col + cs], cy_bot)
                    self.line(xs[col], cy_bot, xs[col + cs], cy_bot)
            self.y = ys[-1]
            if not self.rules:
                # plain text tables: a blank gap under the header instead of a rule
                self.y -= 2

        if self.y - 8 * self.lead < self.mb:
            self.newpage()
        if t.heading:
            self.para(t.heading, self.FB, self.size, space=1)
        if t.subtitle:
            self.para(t.subtitle, self.FB, self.size, space=3)
        if t.caption_above:
            self.para(t.caption_above, self.FB, self.size, align="center", space=4)
        draw_header()
        for k, row in enumerate(t.rows):
            cells = rep.body_cells(t, row)
            wrapped = []
            for ci, txt in enumerate(cells):
                f = self.FB if (row.kind in ("roman", "group") and ci < 2) else (self.FI if row.italic and ci in (1, 2) else self.F)
                wrapped.append((wrap(txt, f, s, widths[ci] - 2 * pad), f))
            nl = max(len(w) for w, _ in wrapped)
            done = 0
            first_part = True
            while done < nl:
                avail = int((self.y - self.mb - 2 * pad) // lead)
                if avail <= 0 or (first_part and avail < min(nl, 2)):
                    self.newpage()
                    draw_header()
                    continue
                take = min(avail, nl - done)
                top = self.y
                bot = top - take * lead - 2 * pad
                for ci, (lines, f) in enumerate(wrapped):
                    part = lines[done:done + take]
                    self.setfont(f, s)
                    for j, ln in enumerate(part):
                        yy = top - pad - (j + 1) * lead + 2.5
                        if ci == 0 or ci == 2 or 3 <= ci < 3 + nv:
                            self.text((xs[ci] + xs[ci + 1]) / 2, yy, ln, f, s, "center")
                        else:
                            self.text(xs[ci] + pad, yy, ln, f, s)
                for x in xs:
                    self.line(x, top, x, bot)
                self.line(xs[0], bot, xs[-1], bot)
                self.y = bot
                done += take
                if done < nl:
                    self.split_rows.append((ti, k, self.page))
                    self.newpage()
                    draw_header()
                first_part = False
        self.y -= self.lead


def render_rl(rep: Report, path, fam="dejavuserif", size=11, rules=True, spacers=None, dry=False):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path if not dry else "/dev/null", pagesize=A4)
    c.setTitle(" ".join(rep.title))
    L = Layout(c, rep, fam, size, rules, dry=dry)
    L.header_block()
    for i, ln in enumerate(rep.title):
        L.para(ln, L.FB, size + (1 if i == 0 else 0), align="center", space=0)
    L.y -= 8
    for p in rep.paras:
        L.para(p, indent=0, space=5)
    for ln in rep.signer:
        L.para(ln, L.FB, align="left", indent=300, space=0)
    L.newpage()
    for ln in rep.annex_title:
        L.para(ln, L.FI if ln.startswith("(") else L.FB, align="center", space=1)
    L.y -= 6
    spacers = spacers or {}
    for ti, t in enumerate(rep.tables):
        L.table(ti, t, extra_space=spacers.get(ti, 0))
    if not dry:
        c.setFont(L.F, 8)
        c.drawCentredString(L.W / 2, 25, str(L.page))
        c.save()
    return L


def render_rl_with_split(rep: Report, path, ti, k, **kw):
    """Find a spacer before table ti so that row k of it is split across a page break."""
    for sp in range(0, 700, 4):
        L = render_rl(rep, path, spacers={ti: sp}, dry=True, **kw)
        if any(a == ti and b == k for (a, b, _) in L.split_rows):
            return render_rl(rep, path, spacers={ti: sp}, **kw), sp
    return render_rl(rep, path, **kw), None
