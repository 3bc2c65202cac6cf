package org.dppkit.battery.validation;

import java.util.ArrayList;
import java.util.List;
import org.dppkit.battery.BatteryCategory;
import org.dppkit.battery.BatteryField;
import org.dppkit.battery.Unit;
import org.dppkit.core.Finding;

/** Runs dppkit's Bean Validation layer; loaded by {@link QuietBootstrapTest} in a class loader without Jakarta EL. */
public final class NoElProbe {

    private NoElProbe() {
    }

    /**
     * Tells whether Jakarta EL is visible, then validates a passport with one bad percentage.
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
        new BeanLayer().check(Read.of(TestPassport.complete(BatteryCategory.EV)
                .with(BatteryField.RENEWABLE_CONTENT, TestPassport.q("101", Unit.PERCENT))), out);
        return el + ", " + out.size() + " finding(s)";
    }
}
