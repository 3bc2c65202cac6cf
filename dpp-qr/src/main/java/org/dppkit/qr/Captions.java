package org.dppkit.qr;

import java.util.Optional;

/** The human-readable caption of a symbol; internal. */
final class Captions {

    private Captions() {
    }

    static Optional<String> of(QrSymbol symbol) {
        return symbol.humanReadable();
    }
}
