package org.harbormaster.simulator;

import java.io.PrintWriter;

/**
 * A progress bar on a terminal line, redrawn in place: {@code [#########...........]  45% day 164 of 365}.
 * Drawn only when the whole percent changes, so a long run does not flood a log.
 */
public final class ConsoleProgress implements SimulationOptions.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private int lastPercent = -1;

    public ConsoleProgress(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    @Override
    public void day(int done, int of) {
        int percent = of == 0 ? 100 : (int) (100L * done / of);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent)
                + " " + label + " " + done + " of " + of);
        if (done >= of) {
            out.println();
        }
        out.flush();
    }
}
