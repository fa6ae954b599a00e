"""Turn a rendered PDF into a flatbed scan or a phone photo (deterministic per seed)."""
import glob
import io
import math
import os
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

MAX_BYTES = 1_450_000


def rasterize(pdf, dpi, gray):
    with tempfile.TemporaryDirectory() as td:
        args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(td, "p")]
        subprocess.run(args, check=True)
        files = sorted(glob.glob(os.path.join(td, "p*")))
        return [Image.open(f).copy() for f in files]


# ---------------------------------------------------------------- scan
def scan_page(im, rng):
    """Greyscale flatbed scan: paper tone, tilt within 1.5 degrees, blur, noise."""
    a = np.asarray(im, dtype=np.float32)
    h, w = a.shape
    paper = rng.uniform(232, 246)
    ink = rng.uniform(18, 45)
    a = ink + (a / 255.0) * (paper - ink)
    # low-frequency shading across the platen
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a += rng.uniform(-6, 6) * (xx / w - 0.5) + rng.uniform(-6, 6) * (yy / h - 0.5)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    angle = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(paper))
    # scanner lid shadow along one edge
    a = np.asarray(img, dtype=np.float32)
    edge = int(w * rng.uniform(0.006, 0.015))
    side = rng.choice(["l", "r", "t"])
    ramp = np.linspace(90, 0, edge, dtype=np.float32)
    if side == "l":
        a[:, :edge] -= ramp[None, :]
    elif side == "r":
        a[:, -edge:] -= ramp[::-1][None, :]
    else:
        a[:edge, :] -= ramp[:, None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.55, 0.9)))
    a = np.asarray(img, dtype=np.float32)
    a += rng.normal(0, rng.uniform(4.0, 7.0), a.shape).astype(np.float32)
    # dust specks
    n = int(rng.integers(40, 160))
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    a[ys, xs] -= rng.uniform(60, 160, n)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _save_size(img_list, path, fmt, dpi):
    if fmt == "png":
        img_list[0].save(path, optimize=True, dpi=(dpi, dpi))
    elif fmt == "tif":
        if len(img_list) > 1:
            img_list[0].save(path, compression="tiff_adobe_deflate", dpi=(dpi, dpi),
                             save_all=True, append_images=img_list[1:])
        else:
            img_list[0].save(path, compression="tiff_adobe_deflate", dpi=(dpi, dpi))
    return os.path.getsize(path)


def image_pdf(img_list, path, dpi, quality):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    w0, h0 = img_list[0].size
    c = canvas.Canvas(path, pagesize=(w0 * 72.0 / dpi, h0 * 72.0 / dpi), invariant=1)
    c.setCreator("Scan to PDF")
    for im in img_list:
        w, h = im.size
        c.setPageSize((w * 72.0 / dpi, h * 72.0 / dpi))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w * 72.0 / dpi, h * 72.0 / dpi)
        c.showPage()
    c.save()
    return os.path.getsize(path)


def make_scan(pdf, out, seed, fmt="png", dpi=200):
    rng = np.random.default_rng(seed)
    pages = [scan_page(p.convert("L"), rng) for p in rasterize(pdf, dpi, True)]
    if fmt == "pdf":
        for q in (72, 62, 52, 42):
            if image_pdf(pages, out, dpi, q) <= MAX_BYTES:
                break
    else:
        size = _save_size(pages, out, fmt, dpi)
        if size > MAX_BYTES:   # posterize a little (like a scanner's "text" grey mode)
            for levels in (64, 32, 16):
                step = 256 // levels
                pp = [p.point(lambda v, s=step: min(255, (v // s) * s + s // 2)) for p in pages]
                if _save_size(pp, out, fmt, dpi) <= MAX_BYTES:
                    break
    return len(pages), os.path.getsize(out)


# ---------------------------------------------------------------- photo
def _coeffs(dst, src):
    """PIL PERSPECTIVE coefficients mapping output (dst) points to input (src) points."""
    m, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    return np.linalg.solve(np.array(m, dtype=np.float64), np.array(b, dtype=np.float64)).tolist()


def surface(rng, W, H):
    kind = rng.choice(["wood", "slate", "cloth", "counter"])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([92, 60, 36], np.float32) * rng.uniform(0.8, 1.1)
        f = rng.uniform(0.02, 0.05)
        grain = np.sin(yy * f + 6 * np.sin(xx * 0.0025 + rng.uniform(0, 6)) + rng.normal(0, 0.4, (H, 1))) * 0.5 + 0.5
        t = 0.78 + 0.32 * grain[..., None]
    elif kind == "slate":
        base = np.array([58, 62, 66], np.float32) * rng.uniform(0.85, 1.15)
        t = 1.0 + 0.0 * yy[..., None]
    elif kind == "cloth":
        base = np.array([40, 52, 78], np.float32) * rng.uniform(0.85, 1.15)
        weave = (np.sin(xx * 0.45) * np.sin(yy * 0.45)) * 0.05
        t = (1.0 + weave)[..., None]
    else:
        base = np.array([70, 70, 64], np.float32) * rng.uniform(0.8, 1.1)
        t = 1.0 + 0.0 * yy[..., None]
    small = rng.normal(1.0, 0.08, (H // 40 + 2, W // 40 + 2)).astype(np.float32)
    blot = np.asarray(Image.fromarray(small).resize((W, H), Image.BICUBIC), np.float32)
    img = base[None, None, :] * t * blot[..., None]
    img += rng.normal(0, 4, (H, W, 1)).astype(np.float32)
    img = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(2.0))
    return np.asarray(img, np.float32)


def make_photo(pdf, out, seed, dpi=190):
    rng = np.random.default_rng(seed)
    pages = [p.convert("RGB") for p in rasterize(pdf, dpi, False)]
    pw, ph = pages[0].size
    land = pw > ph or len(pages) > 1
    W, H = (3000, 2250) if land else (2250, 3000)
    bg = surface(rng, W, H)
    img = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    shadow = Image.new("L", (W, H), 0)
    mask_all = Image.new("L", (W, H), 0)
    n = len(pages)
    slot_w = W / n
    for i, pg in enumerate(pages):
        pw, ph = pg.size
        # fit the page into its slot, leaving room for the keystone and margins
        scale = min(slot_w * rng.uniform(0.80, 0.86) / pw, H * rng.uniform(0.80, 0.86) / ph)
        w, h = pw * scale, ph * scale
        cx = slot_w * (i + 0.5) + rng.uniform(-0.02, 0.02) * W
        cy = H / 2 + rng.uniform(-0.02, 0.02) * H
        key = math.radians(rng.uniform(5, 15))          # angle between the two side edges
        lean = math.tan(key / 2) * h                     # each side moves in by this much over height
        tilt = math.radians(rng.uniform(-3, 3))
        top_in = lean * rng.uniform(0.4, 0.6)
        hh = h * rng.uniform(0.90, 0.96)                 # foreshortening
        pts = [(-w / 2 + top_in, -hh / 2), (w / 2 - top_in, -hh / 2),
               (w / 2 + (lean - top_in), hh / 2), (-w / 2 - (lean - top_in), hh / 2)]
        if rng.random() < 0.5:                          # camera tilted the other way
            pts = [(x, -y) for x, y in pts]
            pts = [pts[3], pts[2], pts[1], pts[0]]
        ct, st = math.cos(tilt), math.sin(tilt)
        dst = [(cx + x * ct - y * st, cy + x * st + y * ct) for x, y in pts]
        src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
        co = _coeffs(dst, src)
        warped = pg.transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mask).polygon(dst, fill=255)
        mask = mask.filter(ImageFilter.GaussianBlur(1.2))
        sh = Image.new("L", (W, H), 0)
        off = rng.uniform(8, 22)
        ImageDraw.Draw(sh).polygon([(x + off, y + off * 1.3) for x, y in dst], fill=150)
        shadow = Image.fromarray(np.maximum(np.asarray(shadow), np.asarray(sh.filter(ImageFilter.GaussianBlur(18)))))
        warm = np.asarray(warped, np.float32) * np.array([1.0, 0.975, 0.93], np.float32)
        warped = Image.fromarray(np.clip(warm, 0, 255).astype(np.uint8), "RGB")
        mask_all = Image.fromarray(np.maximum(np.asarray(mask_all), np.asarray(mask)))
        img = Image.composite(warped, img, mask)
    a = np.asarray(img, np.float32)
    sh = np.asarray(shadow, np.float32) / 255.0 * (1 - np.asarray(mask_all, np.float32) / 255.0)
    a *= (1 - 0.55 * sh)[..., None]
    # uneven light: bright spot + falloff, and a soft hand/phone shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W, rng.uniform(0.0, 0.5) * H
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
    light = 1.08 - rng.uniform(0.35, 0.5) * d
    ang = rng.uniform(0, math.pi)
    proj = (xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)
    band = 1 - rng.uniform(0.10, 0.2) / (1 + np.exp(-(proj - rng.uniform(0.1, 0.35) * W) / 60.0))
    a *= (light * band)[..., None]
    a = a * np.array(rng.uniform([0.96, 0.96, 0.9], [1.04, 1.02, 1.0]), np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    a = np.asarray(img, np.float32) + rng.normal(0, 3.0, (H, W, 3)).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    for q in (84, 78, 72, 66, 60):
        img.save(out, "JPEG", quality=q, optimize=True)
        if os.path.getsize(out) <= MAX_BYTES:
            break
    return len(pages), os.path.getsize(out)
