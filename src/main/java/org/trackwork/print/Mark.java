package org.trackwork.print;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Something laid out on a page, in points from the page's top left corner; the PDF writer draws it. */
sealed interface Mark {

    /** One line of text in visual order; {@code y} is its baseline. */
    record Text(float x, float y, String text, boolean strong, float size, Color color) implements Mark {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float thickness, Color color) implements Mark {
    }

    /** A filled rectangle, such as the shade behind a table's header. */
    record Box(float x, float y, float width, float height, Color fill) implements Mark {
    }

    /** A picture scaled into a rectangle. */
    record Image(float x, float y, float width, float height, BufferedImage image) implements Mark {
    }
}
