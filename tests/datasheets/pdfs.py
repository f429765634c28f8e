"""Small PDFs built with PyMuPDF for the datasheet tests (good, and each kind of bad).

Every builder writes into the folder it is given and returns the path; nothing here is
committed. `register_pdf` lays out what vendor register maps look like: a summary table
(Address / Register Name / Bit7..Bit0 / Reset), an outline, an STM32-style text register
("Address offset: 0x0C. Reset value: 0x0000 0000") with bit descriptions.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

# (name, address, bit names from bit 7 down, reset) - a made-up I2C sensor.
SUMMARY = [
    ("CTRL_MEAS", "0xF4", ["osrs_t[2:0]", "", "", "osrs_p[2:0]", "", "", "mode[1:0]", ""], "0x00"),
    ("STATUS", "0xF3", ["", "", "", "", "measuring", "", "", "im_update"], "0x00"),
    ("CONFIG", "0xF5", ["t_sb[2:0]", "", "", "filter[2:0]", "", "", "", "spi3w_en"], "0x00"),
    ("CHIP_ID", "0xD0", ["chip_id[7:0]", "", "", "", "", "", "", ""], "0x60"),
]
BITS_X = [200 + 40 * i for i in range(8)]


def register_pdf(folder: Path, name: str = "sensor.pdf") -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 60), "1 Memory map", fontsize=14)
    page.insert_text((72, 90), "Table 1: Register map", fontsize=9)
    y = 110
    for x, label in [(72, "Register Name"), (140, "Address")]:
        page.insert_text((x, y), label, fontsize=8)
    for i, x in enumerate(BITS_X):
        page.insert_text(
            (x + 15 - pymupdf.get_text_length("bit0", fontsize=8) / 2, y), f"bit{7 - i}", fontsize=8
        )
    page.insert_text((530, y), "Reset", fontsize=8)
    for name_, addr, bits, reset in SUMMARY:
        y += 12
        page.insert_text((72, y), name_, fontsize=8)
        page.insert_text((140, y), addr, fontsize=8)
        for i, b in enumerate(bits):
            if b:  # centred over the columns it spans, as vendors set them
                width = int(b.split(":")[0].split("[")[1]) + 1 if "[" in b else 1
                mid = (BITS_X[i] + BITS_X[min(7, i + width - 1)]) / 2 + 15
                page.insert_text(
                    (mid - pymupdf.get_text_length(b, fontsize=7) / 2, y), b, fontsize=7
                )
        page.insert_text((530, y), reset, fontsize=8)
    page = doc.new_page()
    page.insert_text((72, 60), "2 Control registers", fontsize=14)
    lines = [
        "2.1 Control register 1 (USART_CR1)",
        "Address offset: 0x0C",
        "Reset value: 0x0000 0000",
        "Bit 13 UE: USART enable",
        "Bits 11:10 WAKE: wakeup method",
    ]
    for k, text in enumerate(lines):
        page.insert_text((72, 90 + 14 * k), text, fontsize=10)
    doc.set_toc(
        [
            [1, "1 Memory map", 1],
            [1, "2 Control registers", 2],
            [2, "2.1 Control register 1 (USART_CR1)", 2],
        ]
    )
    path = folder / name
    doc.save(path)
    return path


def numbered_pdf(folder: Path) -> Path:
    """No outline: numbered headings set larger than the body text."""
    doc = pymupdf.open()
    page = doc.new_page()
    body = "The body text of this section is set in a smaller font than its heading line."
    y = 60
    for heading in ("5 Global memory map", "5.1 General remarks", "5.2 Register map"):
        page.insert_text((72, y), heading, fontsize=14)
        page.insert_text((72, y + 20), body, fontsize=9)
        page.insert_text((72, y + 32), body, fontsize=9)
        y += 70
    path = folder / "numbered.pdf"
    doc.save(path)
    return path


def truncated_pdf(folder: Path) -> Path:
    src = register_pdf(folder, "whole.pdf").read_bytes()
    path = folder / "truncated.pdf"
    path.write_bytes(src[: len(src) * 2 // 3])
    return path


def encrypted_pdf(folder: Path) -> Path:
    doc = pymupdf.open(register_pdf(folder, "plain.pdf"))
    path = folder / "encrypted.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    return path


def image_only_pdf(folder: Path) -> Path:
    """A scanned page: a picture and no text layer."""
    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 64), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(72, 72, 300, 300), pixmap=pix)
    path = folder / "scanned.pdf"
    doc.save(path)
    return path


def zero_page_pdf(folder: Path) -> Path:
    """A well-formed PDF whose page tree is empty (PyMuPDF refuses to save one)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path = folder / "empty.pdf"
    path.write_bytes(bytes(out))
    return path


def not_pdf(folder: Path) -> Path:
    path = folder / "notes.pdf"
    path.write_text("These are plain-text notes that someone saved with a .pdf name.\n")
    return path
