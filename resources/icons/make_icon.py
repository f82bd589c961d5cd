"""Draw Parcours' application icon (parcours.ico, parcours.png): a white "P" on a
blue rounded square, with a path mark. Run once when the icon changes:

    python resources/icons/make_icon.py

The font is DejaVu Sans Bold (Debian package fonts-dejavu-core; Bitstream Vera licence,
free to use and redistribute): the letter is drawn into the image, the font itself is
not shipped by this script.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BLUE, LIGHT = (31, 78, 140, 255), (120, 190, 240, 255)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BLUE)
    # A path: three dots rising left to right, under the letter.
    r = size // 24
    for i, (x, y) in enumerate(((0.22, 0.84), (0.5, 0.78), (0.78, 0.72))):
        cx, cy = int(x * size), int(y * size)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=LIGHT if i < 2 else (255, 255, 255, 255))
    font = ImageFont.truetype(FONT, int(size * 0.62))
    d.text((size / 2, size * 0.42), "P", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return image


if __name__ == "__main__":
    big = draw(256)
    big.save(HERE / "parcours.png")
    big.save(HERE / "parcours.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                             (128, 128), (256, 256)])
    print(HERE / "parcours.ico")
