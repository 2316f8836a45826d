"""Demo photographs, drawn with Pillow: the project ships no downloaded pictures."""

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1200, 675

PALETTES = [
    ((28, 63, 99), (125, 167, 201), (232, 198, 140)),
    ((44, 79, 63), (145, 186, 152), (235, 221, 180)),
    ((84, 48, 72), (196, 146, 164), (240, 214, 190)),
    ((52, 58, 92), (150, 160, 210), (246, 226, 170)),
    ((86, 66, 38), (205, 170, 120), (238, 232, 214)),
]


def draw_photo(seed):
    """A calm, abstract scene (sky, hills, a row of figures) that differs with each `seed`.

    Returns JPEG bytes.
    """
    rng = random.Random(hashlib.sha256(seed.encode()).digest())
    dark, mid, light = rng.choice(PALETTES)
    image = Image.new("RGB", (WIDTH, HEIGHT), light)
    draw = ImageDraw.Draw(image)

    for y in range(HEIGHT):  # sky: a vertical gradient from mid to light
        t = y / HEIGHT
        draw.line(
            [(0, y), (WIDTH, y)],
            fill=tuple(int(m + (li - m) * t) for m, li in zip(mid, light, strict=True)),
        )

    sun_x, sun_y = rng.randint(150, WIDTH - 150), rng.randint(80, 220)
    draw.ellipse([sun_x - 60, sun_y - 60, sun_x + 60, sun_y + 60], fill=(250, 240, 215))

    for layer in range(3):  # hills, darker towards the front
        base = int(HEIGHT * (0.55 + 0.12 * layer))
        shade = tuple(int(d + (m - d) * (2 - layer) / 3) for d, m in zip(dark, mid, strict=True))
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 100, 100):
            points.append((x, base + rng.randint(-40, 40)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=shade)

    ground = int(HEIGHT * 0.86)
    for index in range(rng.randint(4, 9)):  # a row of stylised people
        x = 120 + index * rng.randint(110, 130)
        if x > WIDTH - 60:
            break
        height = rng.randint(120, 170)
        colour = rng.choice([(240, 240, 240), light, (30, 30, 40), mid])
        draw.rounded_rectangle([x - 22, ground - height, x + 22, ground], radius=18, fill=colour)
        draw.ellipse([x - 18, ground - height - 42, x + 18, ground - height - 6], fill=colour)

    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
