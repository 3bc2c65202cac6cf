package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the module boundaries of DESIGN.md section 3, at two depths: the declared Maven
 * dependencies of every module's {@code pom.xml}, and the compiled classes (ArchUnit).
 *
 * <ul>
 *   <li>{@code dpp-gs1} depends on nothing of ours;</li>
 *   <li>{@code dpp-qr} never on {@code dpp-core} (it takes a Digital Link, not a passport);</li>
 *   <li>{@code dpp-store} on {@code dpp-core} only, never on {@code dpp-qr};</li>
 *   <li>{@code dpp-resolver} on {@code dpp-core}, {@code dpp-store} and (for the page's QR code)
 *       {@code dpp-qr}; nothing published depends on it;</li>
 *   <li>no module depends on {@code dpp-bench}, and only {@code dpp-bench} (last in the list)
 *       on {@code dpp-examples}: its end-to-end benchmark runs the example passports.</li>
 * </ul>
 */
class ModuleBoundariesTest {

    /** Which dppkit artifacts each module may declare as dependencies (any scope). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "dpp-gs1", Set.of(),
            "dpp-core", Set.of("dpp-gs1"),
            "dpp-qr", Set.of("dpp-gs1"),
            "dpp-store", Set.of("dpp-gs1", "dpp-core", "dpp-testing"),
            "dpp-testing", Set.of("dpp-gs1", "dpp-core"),
            // dpp-resolver: on dpp-core and dpp-store; dpp-qr only for the page's QR code (one-way).
            "dpp-resolver", Set.of("dpp-core", "dpp-store", "dpp-qr", "dpp-testing"),
            "dpp-interop", Set.of("dpp-gs1", "dpp-core", "dpp-testing"),
            "dpp-aas", Set.of("dpp-gs1", "dpp-core", "dpp-testing", "dpp-interop"),
            "dpp-examples", Set.of("dpp-gs1", "dpp-core", "dpp-qr", "dpp-testing", "dpp-store",
                    "dpp-resolver", "dpp-interop"),
            "dpp-bench", Set.of("dpp-gs1", "dpp-core", "dpp-qr", "dpp-testing", "dpp-examples",
                    "dpp-store", "dpp-resolver", "dpp-interop", "dpp-aas"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dppkit");
    }

    static List<String> modules() {
        return new ArrayList<>(new TreeSet<>(ALLOWED.keySet()));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void pom_declaresOnlyAllowedDppkitDependencies(String module) throws Exception {
        Path pom = root().resolve(module).resolve("pom.xml");
        assertTrue(Files.isRegularFile(pom), "missing " + pom);
        Set<String> declared = dppkitDependencies(pom);
        Set<String> forbidden = new TreeSet<>(declared);
        forbidden.removeAll(ALLOWED.get(module));
        assertEquals(Set.of(), forbidden, module + "/pom.xml declares dppkit dependencies that"
                + " DESIGN.md section 3 forbids");
    }

    @Test
    void parentPom_listsEveryCheckedModule() throws Exception {
        Document doc = parse(root().resolve("pom.xml"));
        NodeList nodes = doc.getElementsByTagName("module");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            listed.add(nodes.item(i).getTextContent().trim());
        }
        assertTrue(listed.containsAll(ALLOWED.keySet()), "parent lists " + listed);
    }

    @Test
    void gs1Classes_dependOnNoOtherDppkitPackage() {
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideInAPackage("org.dppkit.gs1..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dppkit.core..",
                        "org.dppkit.battery..", "org.dppkit.qr..", "org.dppkit.testing..",
                        "org.dppkit.examples..", "org.dppkit.bench..");
        rule.check(classes);
    }

    @Test
    void qrClasses_neverDependOnPassports() {
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideInAPackage("org.dppkit.qr..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dppkit.core..",
                        "org.dppkit.battery..", "org.dppkit.testing..", "org.dppkit.examples..",
                        "org.dppkit.bench..");
        rule.check(classes);
    }

    @Test
    void resolverClasses_onlyReachDownwards() {
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideInAPackage("org.dppkit.resolver..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dppkit.testing..",
                        "org.dppkit.examples..", "org.dppkit.bench..");
        rule.check(classes);
        ArchRule back = ArchRuleDefinition.noClasses().that()
                .resideInAnyPackage("org.dppkit.gs1..", "org.dppkit.core..", "org.dppkit.battery..",
                        "org.dppkit.qr..", "org.dppkit.store..")
                .should().dependOnClassesThat().resideInAPackage("org.dppkit.resolver..");
        back.check(classes);
    }

    @Test
    void storeClasses_neverDependOnQr() {
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideInAPackage("org.dppkit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dppkit.qr..",
                        "org.dppkit.testing..", "org.dppkit.examples..", "org.dppkit.bench..");
        rule.check(classes);
    }

    @Test
    void publishedClasses_neverDependOnExamplesOrBench() {
        ArchRule rule = ArchRuleDefinition.noClasses().that()
                .resideInAnyPackage("org.dppkit.gs1..", "org.dppkit.core..", "org.dppkit.battery..",
                        "org.dppkit.qr..", "org.dppkit.testing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dppkit.examples..",
                        "org.dppkit.bench..");
        rule.check(classes);
    }

    @Test
    void interopClasses_dependOnCoreAndJacksonOnly() {
        ArchRule rule = ArchRuleDefinition.classes().that().resideInAPackage("org.dppkit.interop..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.dppkit.interop..",
                        "org.dppkit.core..", "org.dppkit.battery..", "org.dppkit.gs1..",
                        "com.fasterxml.jackson..", "java..");
        rule.check(classes);
    }

    @Test
    void onlyAasClassesSeeAas4j() {
        ArchRule rule = ArchRuleDefinition.noClasses().that().resideOutsideOfPackage("org.dppkit.aas..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.digitaltwin..");
        rule.check(classes);
    }

    @Test
    void onlyDppAasDeclaresAas4j() throws Exception {
        for (String module : modules()) {
            String pom = Files.readString(root().resolve(module).resolve("pom.xml"));
            boolean aas4j = pom.contains("<groupId>org.eclipse.digitaltwin.aas4j</groupId>");
            assertEquals(module.equals("dpp-aas"), aas4j, module + "/pom.xml and AAS4J");
        }
    }

    private static Set<String> dppkitDependencies(Path pom) throws Exception {
        Document doc = parse(pom);
        Set<String> result = new TreeSet<>();
        NodeList deps = doc.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            if (dep.getParentNode() == null
                    || !"dependencies".equals(dep.getParentNode().getNodeName())
                    || dep.getParentNode().getParentNode() == null
                    || "dependencyManagement".equals(
                            dep.getParentNode().getParentNode().getNodeName())) {
                continue;
            }
            String group = text(dep, "groupId");
            if ("org.dppkit".equals(group) || "${project.groupId}".equals(group)) {
                result.add(text(dep, "artifactId"));
            }
        }
        return result;
    }

    private static String text(Element element, String tag) {
        NodeList list = element.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static Path root() throws IOException {
        String configured = System.getProperty("dppkit.root");
        Path start = configured != null && !configured.isBlank()
                ? Paths.get(configured) : Paths.get("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("dpp-gs1")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IOException("cannot find the dppkit root above " + start);
    }
}
