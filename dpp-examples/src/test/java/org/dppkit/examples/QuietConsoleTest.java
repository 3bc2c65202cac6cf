package org.dppkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' {@code main} methods print nothing but their own output: each runs in a fresh JVM
 * (Hibernate Validator logs its version banner, {@code HV000001}, once per JVM, so an in-process
 * test cannot see it) and its standard error must stay free of it, without the example touching
 * the logging configuration itself.
 */
class QuietConsoleTest {

    private static String run(Path dir, String mainClass, String... args) throws IOException, InterruptedException {
        Path err = dir.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), mainClass + " did not finish in 120 s");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> mainClass + " failed: " + stderr);
        return stderr;
    }

    @Test
    void erpBulkLabels_printsNoValidatorBanner(@TempDir Path dir) throws Exception {
        String stderr = run(dir, ErpBulkLabels.class.getName(), "--out", dir.resolve("labels").toString());
        assertFalse(stderr.contains("HV000001"), stderr);
        assertTrue(Files.list(dir.resolve("labels")).findAny().isPresent(), "labels were written");
    }

    @Test
    void quickstart_printsNoValidatorBanner(@TempDir Path dir) throws Exception {
        String stderr = run(dir, Quickstart.class.getName(), "--out", dir.resolve("out").toString());
        assertFalse(stderr.contains("HV000001"), stderr);
        assertTrue(Files.isDirectory(dir.resolve("out")), "output was written");
    }
}
