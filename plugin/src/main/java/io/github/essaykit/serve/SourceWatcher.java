package io.github.essaykit.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folder trees (recursively, including folders made later) and single files, and
 * reports a batch of changes once no event has come for a quiet period, so an editor's save
 * (write, rename, touch) gives one rebuild. Hidden and backup files ("~") are ignored, and so is
 * anything under an ignored folder (the output, when it lies inside a watched tree).
 */
final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> trees;
    private final Set<Path> files = new TreeSet<>();
    private final List<Path> ignored;

    SourceWatcher(Collection<Path> trees, Collection<Path> files, Collection<Path> ignored) {
        this.trees = trees.stream().map(SourceWatcher::absolute).toList();
        this.ignored = ignored.stream().map(SourceWatcher::absolute).toList();
        files.stream().map(SourceWatcher::absolute).forEach(this.files::add);
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path tree : this.trees) {
                registerTree(tree);
            }
            for (Path file : this.files) {
                if (Files.isDirectory(file.getParent())) {
                    register(file.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the sources: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for a change, then until {@code quiet} passes without another; returns the changed
     * paths, or null once the watcher is closed or the thread interrupted.
     */
    Set<Path> awaitChanges(Duration quiet) {
        Set<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                if (changed.isEmpty()) {
                    key = service.take();
                } else {
                    key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            return changed;
        } catch (ClosedWatchServiceException | InterruptedException e) {
            return null;
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(folder == null ? Path.of(".") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!relevant(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && underTree(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // the folder went away again: nothing to watch
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private boolean relevant(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || ignored.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return files.contains(path) || underTree(path);
    }

    private boolean underTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                boolean hidden = false;
                for (Path part : root.relativize(dir)) {
                    hidden |= part.toString().startsWith(".");
                }
                if (!hidden && ignored.stream().noneMatch(dir::startsWith)) {
                    register(dir);
                }
            }
        }
    }

    private void register(Path dir) throws IOException {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
