/** Implementation of the essay Markdown extensions. Not API: don't depend on these classes. */
package io.github.essaykit.markdown.internal;
