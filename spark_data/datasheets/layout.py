"""Tables rebuilt from word boxes: lines, header columns and cells, without find_tables().

In: a page's words as PyMuPDF gives them (`page.get_text("words")`: x0, y0, x1, y1, text,
block, line, word). Out: `Line`s (words sharing a baseline band, left to right) and, for a
header band, `Column`s (label, x span, centre) to which each word of a row is assigned by
its centre. This is what `find_tables()` does for register maps at a fraction of the cost
(word boxes come at get_text speed), and each cell keeps the spaces between its words,
which `table.extract()` drops.

    lines = word_lines(page.get_text("words"))
    cols = header_columns(lines[i : i + 3])
    cells = assign(lines[j].words, cols)      # {column index: "cell text"}
"""

from __future__ import annotations

from dataclasses import dataclass

Word = tuple  # (x0, y0, x1, y1, text, block, line, word_no)


@dataclass
class Line:
    y: float  # centre of the band
    words: list  # Word tuples, left to right

    @property
    def text(self) -> str:
        return " ".join(w[4] for w in self.words)

    @property
    def height(self) -> float:
        return max((w[3] - w[1] for w in self.words), default=0.0)


@dataclass
class Column:
    label: str  # header words, lower case, joined ("register name", "addr (hex)")
    x0: float
    x1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


def word_lines(words: list) -> list[Line]:
    """Words grouped into lines by the centre of their boxes (tolerance: 40% of height)."""
    ws = sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0]))
    lines: list[Line] = []
    for w in ws:
        yc, h = (w[1] + w[3]) / 2, max(w[3] - w[1], 1.0)
        if lines and abs(yc - lines[-1].y) <= 0.4 * h:
            lines[-1].words.append(w)
        else:
            lines.append(Line(y=yc, words=[w]))
    for ln in lines:
        ln.words.sort(key=lambda w: w[0])
    return lines


def header_columns(band: list[Line], gap: float = 7.0) -> list[Column]:
    """Columns of a header band (one to three lines): words closer than `gap` on a line
    join one label ("Register Name"); stacked words that overlap in x join one column
    ("Addr" over "(Hex)")."""
    pieces: list[Column] = []
    for ln in band:
        cur: Column | None = None
        for w in ln.words:
            if cur is not None and w[0] - cur.x1 <= gap and not _is_new_label(w[4]):
                cur.label += " " + w[4].lower()
                cur.x1 = w[2]
            else:
                cur = Column(w[4].lower(), w[0], w[2])
                pieces.append(cur)
    pieces.sort(key=lambda c: c.x0)
    cols: list[Column] = []
    for p in pieces:
        hit = next((c for c in cols if _overlap(c, p) > 0.5 * min(p.x1 - p.x0, c.x1 - c.x0)), None)
        if hit is None:
            cols.append(Column(p.label, p.x0, p.x1))
        else:
            hit.label += " " + p.label
            hit.x0, hit.x1 = min(hit.x0, p.x0), max(hit.x1, p.x1)
    cols.sort(key=lambda c: c.x0)
    return cols


def _is_new_label(text: str) -> bool:
    # "Bit7 Bit6" or "bit 7 bit 6" are separate columns even when set tight.
    return text.lower().startswith("bit") and len(text) > 3


def _overlap(a: Column, b: Column) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def column_of(x: float, cols: list[Column]) -> int:
    """Index of the column whose centre is nearest to x."""
    return min(range(len(cols)), key=lambda i: abs(cols[i].centre - x))


def assign(words: list, cols: list[Column]) -> dict[int, str]:
    """A row's cells: each word goes to the column nearest its centre; text keeps spaces."""
    cells: dict[int, list[str]] = {}
    for w in words:
        cells.setdefault(column_of((w[0] + w[2]) / 2, cols), []).append(w[4])
    return {i: " ".join(ws) for i, ws in cells.items()}


def words_in(words: list, cols: list[Column], index: int) -> list:
    """The words of a row that fall in column `index`."""
    return [w for w in words if column_of((w[0] + w[2]) / 2, cols) == index]


def band_text(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines)
