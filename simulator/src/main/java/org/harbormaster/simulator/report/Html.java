package org.harbormaster.simulator.report;

/** Escaping for the HTML reports. */
final class Html {

    private Html() {
    }

    static String escape(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
            + "th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}figure{margin:1em 0}"
            + "figcaption{font-weight:600;margin-bottom:4px}.note{color:#666;font-size:90%}</style>";
}
