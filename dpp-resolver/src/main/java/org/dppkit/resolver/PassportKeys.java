package org.dppkit.resolver;

import java.util.ArrayList;
import java.util.List;
import org.dppkit.core.PassportLevel;
import org.dppkit.gs1.DigitalLink;

/** The identifiers a request walks up through: item, batch, model. */
final class PassportKeys {

    private PassportKeys() {
    }

    /** Returns the identifier alone: canonical domain, GTIN, lot and serial, nothing else. */
    static DigitalLink key(DigitalLink link) {
        DigitalLink.Builder b = DigitalLink.builder(link.gtin());
        link.lot().ifPresent(b::lot);
        link.serial().ifPresent(b::serial);
        return b.build();
    }

    /**
     * Returns the identifiers from the request's level up to the GTIN, most granular first: an
     * item link with a lot gives item, batch, model; without a lot item, model.
     */
    static List<DigitalLink> chain(DigitalLink key) {
        List<DigitalLink> chain = new ArrayList<>(3);
        chain.add(key);
        if (key.serial().isPresent() && key.lot().isPresent()) {
            chain.add(DigitalLink.builder(key.gtin()).lot(key.lot().get()).build());
        }
        if (key.serial().isPresent() || key.lot().isPresent()) {
            chain.add(DigitalLink.builder(key.gtin()).build());
        }
        return chain;
    }

    /** Returns the level of an identifier. */
    static PassportLevel level(DigitalLink key) {
        return Link.levelOf(key);
    }
}
