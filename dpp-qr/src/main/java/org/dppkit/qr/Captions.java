package org.dppkit.qr;

import java.util.Map;
import java.util.Optional;
import org.dppkit.gs1.DigitalLink;

/** The human-readable caption (GS1 HRI) of a symbol; internal. */
final class Captions {

    private Captions() {
    }

    /** "(01) 09506000134352 (10) LOT1 (21) SN-000123": primary key, then key qualifiers. */
    static String hri(DigitalLink link) {
        StringBuilder sb = new StringBuilder(64);
        sb.append('(').append(link.primaryKey().code()).append(") ").append(link.primaryKeyValue());
        for (Map.Entry<String, String> q : link.keyQualifiers().entrySet()) {
            sb.append(" (").append(q.getKey()).append(") ").append(q.getValue());
        }
        return sb.toString();
    }

    /** The symbol's HRI, or that of its text when the text parses as a Digital Link. */
    static Optional<String> of(QrSymbol symbol) {
        Optional<String> hri = symbol.humanReadable();
        if (hri.isPresent()) {
            return hri;
        }
        try {
            return Optional.of(hri(DigitalLink.parse(symbol.text())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
