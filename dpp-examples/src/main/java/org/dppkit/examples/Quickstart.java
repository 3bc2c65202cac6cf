package org.dppkit.examples;

/**
 * The quickstart: shows dppkit's main job from the command line.
 *
 * <p>Run it from the repository root with the command given in {@code README.md}.
 */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args command-line arguments, not null
     */
    public static void main(String[] args) {
        System.out.println("dppkit quickstart: the passport, validation, JSON and QR steps arrive"
                + " with the dpp-core and dpp-qr modules.");
    }
}
