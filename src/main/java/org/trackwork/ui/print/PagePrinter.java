package org.trackwork.ui.print;

import java.io.IOException;
import org.trackwork.print.PaperSize;

/** Sends the pages of a PDF to a printer; a seam so that tests need neither a printer nor a screen. */
public interface PagePrinter {

    /** Whether a printer is installed at all. */
    boolean available();

    /**
     * Lets the user set the page up, then prints every page of the PDF.
     *
     * @return false when the user cancelled the page setup
     */
    boolean print(byte[] pdf, String jobName, PaperSize paper) throws IOException;
}
