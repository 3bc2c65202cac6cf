package org.dppkit.store;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Starts {@link StoreWriterMain} in a new JVM with the test's class and module path. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(String... args) {
        Set<String> path = new LinkedHashSet<>();
        path.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                for (String entry : value.split(File.pathSeparator)) {
                    path.add(entry);
                }
            }
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, path));
        command.add(StoreWriterMain.class.getName());
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
