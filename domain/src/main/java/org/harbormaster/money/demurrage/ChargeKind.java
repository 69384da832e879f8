package org.harbormaster.money.demurrage;

/**
 * The two charges a carrier bills for keeping its container too long. For an import, demurrage runs inside
 * the terminal (discharge or availability to full gate-out), detention outside it (full gate-out to empty
 * return); together they are D&D.
 */
public enum ChargeKind {
    DEMURRAGE("demurrage"),
    DETENTION("detention");

    private final String word;

    ChargeKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
