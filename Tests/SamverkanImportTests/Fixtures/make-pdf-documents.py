#!/usr/bin/python3
"""Makes the PDF, scan and HTML documents the import tests read, from the Word versions of the five
seeds (word/, made by make-word-documents.py):

- pdf/<seed>.pdf: the Word document as LibreOffice prints it (a text PDF);
- scan/<seed>.pdf: its first page as a scan: rasterised at 150 dpi, turned 0.6°, speckled, kept as a
  JPEG picture in a PDF without text (small, so the OCR tests stay fast);
- scan/2019-08-29-sro-damaged.pdf: the picture of the 2019 minutes' first page with the seed's bad
  OCR ("forstérkt", "G6teborg") as an invisible text layer, as the region's archive has it;
- html/2024-10-03-sro.html: the minutes as the old website exported them (pandoc's HTML);
- bad/: a broken PDF, an encrypted one, one of 500 pages, and a picture that is no document.

    /usr/bin/python3 Tests/SamverkanImportTests/Fixtures/make-pdf-documents.py [--all-pages DIR]

Needs LibreOffice (soffice), poppler-utils, qpdf, pandoc and Debian's python3-pil. The files are
committed; the tests do not run this script. With --all-pages DIR it writes scans of every page of
each seed into DIR instead (for measuring OCR, docs/performance.md).
"""
import io
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import zlib

from PIL import Image, ImageDraw, ImageFilter

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE.parents[3] / "shared" / "seeds"
NAMES = ["2019-08-29-sro", "2024-08-20-arbetsgrupp-hos-avtal", "2024-10-03-sro",
         "2024-12-04-politisk-referensgrupp", "2026-01-26-gemensam-styrgrupp"]
DPI = 150


def run(*args, **kwargs):
    subprocess.run(args, check=True, **kwargs)


def text_pdfs(out):
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in NAMES:
            shutil.copy(HERE / "word" / f"{name}.docx", tmp)
        run("soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out),
            *[f"{tmp}/{name}.docx" for name in NAMES], stdout=subprocess.DEVNULL)


def page_images(pdf, dpi, first=None, last=None):
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
        if first:
            args += ["-f", str(first), "-l", str(last or first)]
        run(*args, str(pdf), f"{tmp}/p")
        return [Image.open(p).copy() for p in sorted(pathlib.Path(tmp).glob("p*.png"))]


def scanned(image, seed):
    """Turned a little, speckled, a little blurred: a page through an office scanner."""
    rng = random.Random(seed)
    image = image.convert("L").rotate(rng.uniform(0.4, 0.8) * rng.choice([-1, 1]), resample=Image.BICUBIC,
                                      expand=False, fillcolor=255)
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(width * height // 6000):
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill=rng.randrange(0, 120))
    return image.filter(ImageFilter.GaussianBlur(0.4))


def jpeg(image, quality=45):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def pdf(pages):
    """A PDF of pages, each (jpeg bytes, width px, height px, invisible text lines or None)."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    tree = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for data, width, height, lines in pages:
        w, h = width * 72 / DPI, height * 72 / DPI
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(data))
                    + data + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (w, h)
        if lines:
            content += b"BT 3 Tr /F1 10 Tf\n"
            y = h - 60
            for line in lines:
                escaped = line.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                content += b"1 0 0 1 60 %.2f Tm (%s) Tj\n" % (y, escaped)
                y -= 13
            content += b"ET\n"
        stream = zlib.compress(content)
        contents = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R "
                        b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
                        % (tree, w, h, contents, image, font)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return assemble(objects, catalog)


def assemble(objects, root):
    """The objects (numbered from 1) as a PDF file with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def typed_pdf(lines):
    """One A4 page of typed lines in Helvetica: a text PDF small enough to write by hand."""
    content = b"BT /F1 11 Tf\n"
    y = 780
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        content += b"1 0 0 1 60 %d Tm (%s) Tj\n" % (y, escaped)
        y -= 16
    content += b"ET\n"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream"]
    return assemble(objects, 1)


def scan_pdf(images, seed, text=None):
    pages = []
    for index, image in enumerate(images):
        page = scanned(image, seed + index)
        pages.append((jpeg(page), page.size[0], page.size[1], text))
    return pdf(pages)


def empty_pages(count):
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    kids = []
    for _ in range(count):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>")
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), count)
    return assemble(objects, 1)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--all-pages":
        target = pathlib.Path(sys.argv[2])
        target.mkdir(parents=True, exist_ok=True)
        text_pdfs(target / "text")
        for name in NAMES:
            (target / f"{name}.pdf").write_bytes(scan_pdf(page_images(target / "text" / f"{name}.pdf", DPI), 7))
        return
    text_pdfs(HERE / "pdf")
    scans = HERE / "scan"
    scans.mkdir(exist_ok=True)
    for name in NAMES:
        (scans / f"{name}.pdf").write_bytes(scan_pdf(page_images(HERE / "pdf" / f"{name}.pdf", DPI, 1), 7))
    damaged = (SEEDS / "003_895855e4f6a364d7.txt").read_text(encoding="utf-8").splitlines()[:44]
    (scans / "2019-08-29-sro-damaged.pdf").write_bytes(
        scan_pdf(page_images(HERE / "pdf" / "2019-08-29-sro.pdf", DPI, 1), 11, [line.strip() for line in damaged if line.strip()]))
    html = HERE / "html"
    html.mkdir(exist_ok=True)
    run("pandoc", "--from", "docx", "--to", "html", "--standalone", "--metadata", "title=Mötesanteckning SRO",
        "-o", str(html / "2024-10-03-sro.html"), str(HERE / "word" / "2024-10-03-sro.docx"))
    (HERE / "pdf" / "personnummer.pdf").write_bytes(typed_pdf([
        "Mötesanteckning SRO", "Datum: 2026-11-05", "Deltagare", "Anna Andersson, Göteborgs stad",
        "1. Öppnande", "Patienten (19121212-1212) har fått vård.", "2. Övrigt", "SRO noterar informationen."]))
    bad = HERE / "bad"
    bad.mkdir(exist_ok=True)
    whole = (HERE / "pdf" / "2024-12-04-politisk-referensgrupp.pdf").read_bytes()
    (bad / "broken.pdf").write_bytes(whole[:1500] + b"\x00" * 64)
    run("qpdf", "--encrypt", "hemligt", "hemligt", "256", "--",
        str(HERE / "pdf" / "2024-12-04-politisk-referensgrupp.pdf"), str(bad / "encrypted.pdf"))
    (bad / "500-pages.pdf").write_bytes(empty_pages(500))
    rng = random.Random(3)
    picture = Image.new("L", (400, 300), 200)
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        x, y = rng.randrange(400), rng.randrange(300)
        draw.ellipse((x, y, x + rng.randrange(10, 80), y + rng.randrange(10, 80)), fill=rng.randrange(256))
    picture.save(bad / "photo.png", optimize=True)


if __name__ == "__main__":
    main()
