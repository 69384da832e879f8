package org.harbormaster.server;

public final class Harbormaster {
    public static void main(String[] args) {
    }
}
