package io.barback.textract;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A page photographed at an angle on a dark table is found by its corners and made rectangular; a scan is left alone. */
class PageFlattenerTest {

    /**
     * A keystoned page: the top edge narrower than the bottom, as a phone held square above the
     * near edge sees it (symmetric, so a ruling at the same height on both sides stays level).
     */
    private static final int[][] PAGE = {{300, 200}, {1300, 200}, {1420, 1900}, {180, 1900}};

    @Test
    void theCornersOfAPageOnADarkTableAreFound() {
        BufferedImage photo = photo();
        double[][] corners = PageFlattener.corners(photo).orElseThrow();
        for (int i = 0; i < 4; i++) {
            // looked for on a copy 400 px high (5.25 px of the photo each), its corners rounded by
            // the smoothing that closes the text into the page: within 1.5 % of the photo's height
            assertThat(corners[i][0]).as("corner " + i + " x").isCloseTo(PAGE[i][0], within(32.0));
            assertThat(corners[i][1]).as("corner " + i + " y").isCloseTo(PAGE[i][1], within(32.0));
        }
    }

    /**
     * A shadow across the lower left of the sheet (the phone's, or a lamp's fall-off): the paper
     * there darkens below the one threshold for the photo, but stays lighter than the table in the
     * same shadow. Its corner is found where the sheet's is, not up its side where the shadow starts.
     */
    @Test
    void aCornerInShadowIsFoundWhereTheSheetsCornerIs() {
        BufferedImage photo = photo();
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                // darker towards the bottom left: nothing above 55 % of the height or right of 60 % of the width
                double shade = Math.min(1, Math.max(0, (y - 0.55 * photo.getHeight()) / (0.45 * photo.getHeight()))
                        * Math.max(0, (0.6 * photo.getWidth() - x) / (0.6 * photo.getWidth())) * 2.2);
                Color c = new Color(photo.getRGB(x, y));
                double keep = 1 - 0.5 * Math.min(1, shade);
                photo.setRGB(x, y, new Color((int) (c.getRed() * keep), (int) (c.getGreen() * keep),
                        (int) (c.getBlue() * keep)).getRGB());
            }
        }
        double[][] corners = PageFlattener.corners(photo).orElseThrow();
        for (int i = 0; i < 4; i++) {
            assertThat(corners[i][0]).as("corner " + i + " x").isCloseTo(PAGE[i][0], within(32.0));
            assertThat(corners[i][1]).as("corner " + i + " y").isCloseTo(PAGE[i][1], within(32.0));
        }
    }

    @Test
    void theFlattenedPageIsUprightWithItsRulingsLevel() {
        BufferedImage flat = PageFlattener.flatten(photo()).orElseThrow();
        // the mean side lengths: top 1000 and bottom 1240 → 1120 wide; both sides √(120² + 1700²) = 1704 high
        assertThat(flat.getWidth()).isBetween(1080, 1160);
        assertThat(flat.getHeight()).isBetween(1664, 1744);
        // the ruling drawn from side to side is one dark row after flattening, whichever end is looked at
        int y = darkestRow(flat, flat.getWidth() / 10);
        int yRight = darkestRow(flat, flat.getWidth() * 9 / 10);
        assertThat(Math.abs(y - yRight)).as("the ruling is level").isLessThanOrEqualTo(4);
        assertThat(y).as("the ruling is on the page, not at its edge").isBetween(flat.getHeight() / 5, flat.getHeight() * 4 / 5);
    }

    @Test
    void aScanWhosePageFillsTheImageIsLeftAsItIs() {
        BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 600, 40);
        g.fillRect(100, 300, 1000, 4);
        g.dispose();
        assertThat(PageFlattener.flatten(scan)).isEmpty();
    }

    /**
     * Two sheets of a two-page invoice photographed side by side: each found and flattened, the
     * left one first; the left sheet marked by a black bar near its top, the right one near its foot.
     */
    @Test
    void twoSheetsSideBySideAreTwoPagesInReadingOrder() {
        BufferedImage photo = new BufferedImage(3000, 2250, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(60, 60, 65));
        g.fillRect(0, 0, 3000, 2250);
        g.setColor(new Color(235, 230, 225));
        g.fillPolygon(new int[] {150, 1350, 1420, 90}, new int[] {300, 250, 2000, 2060}, 4);
        g.fillPolygon(new int[] {1600, 2800, 2880, 1560}, new int[] {330, 300, 1950, 2000}, 4);
        g.setColor(Color.BLACK);
        g.fillRect(400, 500, 600, 60);
        g.fillRect(1900, 1700, 600, 60);
        g.dispose();

        List<BufferedImage> pages = PageFlattener.flattenAll(photo);

        assertThat(pages).hasSize(2);
        for (BufferedImage page : pages) {
            assertThat(page.getHeight()).as("upright").isGreaterThan(page.getWidth());
        }
        // the left sheet's bar is in its top half, the right sheet's in its bottom half
        assertThat(darkestRow(pages.get(0), pages.get(0).getWidth() / 2)).isLessThan(pages.get(0).getHeight() / 2);
        assertThat(darkestRow(pages.get(1), pages.get(1).getWidth() / 2)).isGreaterThan(pages.get(1).getHeight() / 2);
        // one page of the two is no page to flatten on its own
        assertThat(PageFlattener.flatten(photo)).isEmpty();
        // and a single page is one
        assertThat(PageFlattener.flattenAll(photo())).hasSize(1);
    }

    private static BufferedImage photo() {
        BufferedImage photo = new BufferedImage(1600, 2100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(70, 55, 40));
        g.fillRect(0, 0, 1600, 2100);
        Polygon page = new Polygon();
        for (int[] c : PAGE) {
            page.addPoint(c[0], c[1]);
        }
        g.setColor(new Color(235, 232, 225));
        g.fillPolygon(page);
        // a ruling across the page at 40 % of the way down each side
        g.setColor(Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(5));
        g.drawLine(lerp(PAGE[0][0], PAGE[3][0], 0.4), lerp(PAGE[0][1], PAGE[3][1], 0.4),
                lerp(PAGE[1][0], PAGE[2][0], 0.4), lerp(PAGE[1][1], PAGE[2][1], 0.4));
        g.dispose();
        return photo;
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static int darkestRow(BufferedImage image, int x) {
        int best = 0;
        int darkest = 256;
        for (int y = 0; y < image.getHeight(); y++) {
            int v = image.getRaster().getSample(x, y, 0);
            if (v < darkest) {
                darkest = v;
                best = y;
            }
        }
        return best;
    }
}
