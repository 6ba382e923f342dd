package org.trackwork.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.trackwork.print.PaperSize;

/** Sends pages to a printer; a seam so that tests need neither a printer nor a screen. */
public interface PagePrinter {

    /** Whether a printer is installed at all. */
    boolean available();

    /**
     * Starts a print job and lets the user set the page up; on the FX thread.
     *
     * @param paper the app's paper, offered first in the page setup
     * @return empty when the user cancelled the page setup
     */
    Optional<Job> start(String jobName, PaperSize paper) throws IOException;

    /** A print job whose page is set up. Every call is on the FX thread, as JavaFX's PrinterJob needs. */
    interface Job {

        /**
         * The paper to lay the document out on: the sheet chosen in the page setup when it is A4 or Letter, else
         * the app's paper, whose pages are then scaled to fit the sheet.
         */
        PaperSize paper();

        /** Prints one page, drawn beforehand off the FX thread. */
        void print(BufferedImage page) throws IOException;

        /** @return false when the printer did not take the job */
        boolean end();

        void cancel();
    }
}
