/**
 * Test support for users of dppkit: seeded fixture passports and, when jqwik is on the class
 * path, jqwik arbitraries. Add it with {@code <scope>test</scope>}.
 */
module org.dppkit.testing {
    requires transitive org.dppkit.core;
    // Optional: only PassportArbitraries needs jqwik, and its users have it on their path.
    requires static transitive net.jqwik.api;

    exports org.dppkit.testing;
}
