package org.dppkit.battery.json;

import java.io.ByteArrayInputStream;

/** Reads documents in tests through the public API. */
final class Reading {

    private Reading() {
    }

    static Object read(String json) {
        return PassportJson.standard().read(json);
    }

    static Object read(byte[] json) {
        return PassportJson.standard().read(new ByteArrayInputStream(json));
    }
}
