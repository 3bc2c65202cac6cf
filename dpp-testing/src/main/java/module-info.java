/**
 * Test support for users of dppkit: seeded fixture passports and, when jqwik is on the class
 * path, jqwik arbitraries. Add it with {@code <scope>test</scope>}.
 */
module org.dppkit.testing {
    requires transitive org.dppkit.core;
    requires static net.jqwik.api;

    exports org.dppkit.testing;
}
