package io.github.essaykit.template;

import io.github.essaykit.discover.InputText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where templates come from: the user's folder first (as the build read it, {@link
 * TemplateFolder}), then the site-template jar. User files are decoded as every other input is
 * ({@link InputText}: strict UTF-8, any line endings), and every text is kept by name so an error
 * can point at the column of the tag it is about.
 */
final class TemplateFiles {

    static final String DEFAULTS = "essaykit/template/";

    private final TemplateFolder userFolder;
    private final String userFolderName;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** @param userFolderName how diagnostics name the user folder ("templates", "/home/me/t") */
    TemplateFiles(TemplateFolder userFolder, String userFolderName) {
        this.userFolder = userFolder;
        this.userFolderName = userFolderName;
    }

    /** The template's text, or null when neither the user folder nor the defaults have it. */
    Reader reader(String name) {
        String text = text(name);
        return text == null ? null : new StringReader(text);
    }

    String text(String name) {
        String known = texts.get(name);
        if (known != null) {
            return known;
        }
        String text = userFolder.has(name) ? fromUserFolder(name) : fromDefaults(name);
        if (text != null) {
            texts.put(name, text);
        }
        return text;
    }

    /** The name diagnostics give a template: its path in the user folder, or the built-in one. */
    String displayName(String name) {
        if (userFolder.has(name)) {
            return userFolderName.isEmpty() ? name : userFolderName + "/" + name;
        }
        return DEFAULTS + name + " (built into essaykit)";
    }

    /**
     * The bytes of the user folder's file {@code name} as the build read it, or null when it has none.
     *
     * @throws TemplateError when the file could not be read
     */
    byte[] userFile(String name) {
        if (!userFolder.has(name)) {
            return null;
        }
        try {
            return userFolder.bytes(name);
        } catch (IOException e) {
            throw new TemplateError(InputText.cannotRead(displayName(name), e));
        }
    }

    private String fromUserFolder(String name) {
        InputText.Read read = InputText.decode(userFile(name), displayName(name), StandardCharsets.UTF_8, InputText.SAVE_AS_UTF8);
        if (!read.ok()) {
            throw new TemplateError(read.problem());
        }
        return read.text();
    }

    private static String fromDefaults(String name) {
        try (InputStream in = TemplateFiles.class.getClassLoader().getResourceAsStream(DEFAULTS + name)) {
            return in == null ? null : InputText.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
