package org.dppkit.battery.validation;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.ModelPassport;
import org.dppkit.gs1.Gtin;
import org.dppkit.core.Finding;

/**
 * Runs dppkit's Bean Validation layer; loaded by {@link QuietBootstrapTest} in a class loader
 * without Jakarta EL.
 */
public final class NoElProbe {

    private NoElProbe() {
    }

    /**
     * Tells whether Jakarta EL is visible, then validates a passport with one plain-http web
     * address (the one Bean Validation finding).
     *
     * @return "EL absent, 1 finding(s)" or what was seen instead
     */
    public static String run() {
        String el;
        try {
            Class.forName("jakarta.el.ExpressionFactory");
            el = "EL present";
        } catch (ClassNotFoundException e) {
            el = "EL absent";
        }
        List<Finding> out = new ArrayList<>();
        ModelPassport passport = ModelPassport.builder(BatteryCategory.EV, Gtin.parse("09506000134352"))
                .manufacturerName("ACME Batteries GmbH")
                .manufacturerWebAddress(URI.create("http://acme.example"))
                .issuedAt(Instant.parse("2027-02-18T08:00:00Z"))
                .build();
        new BeanLayer().check(Read.of(passport), out);
        return el + ", " + out.size() + " finding(s)";
    }
}
