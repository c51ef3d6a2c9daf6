package io.github.essaykit.parse;

import java.util.List;

/**
 * One author as the front matter gives them. {@code orcid} is the full https://orcid.org/ URL
 * or empty; {@code url} and {@code email} are as written (templates link them only through
 * {@link io.github.essaykit.safety.UrlPolicy}).
 */
public record Author(String name, List<String> affiliations, String orcid, String email, String url) {

    public Author {
        affiliations = List.copyOf(affiliations);
    }

    public static Author named(String name) {
        return new Author(name, List.of(), "", "", "");
    }
}
