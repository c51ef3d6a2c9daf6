package io.github.essaykit.site;

import io.github.essaykit.parse.Author;
import io.github.essaykit.safety.UrlPolicy;
import io.github.essaykit.template.Views;
import java.util.ArrayList;
import java.util.List;

/** Authors as the essay page shows them: "A, B and C", each linked only through {@link UrlPolicy}. */
final class Bylines {

    private Bylines() {}

    static List<Views.Author> of(List<Author> authors) {
        List<Views.Author> views = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            String before = i == 0 ? "" : i == authors.size() - 1 ? " and " : ", ";
            String email = a.email().isEmpty() || a.email().contains(":") ? "" : "mailto:" + a.email();
            views.add(new Views.Author(before, a.name(), web(a.url()), a.orcid(), UrlPolicy.allows(email) ? email : "",
                    String.join("; ", a.affiliations())));
        }
        return views;
    }

    /** Only absolute web addresses: an author's "url: example.org" would otherwise be a relative link. */
    private static String web(String url) {
        return url.matches("(?i)https?://.+") && UrlPolicy.allows(url) ? url : "";
    }
}
