package io.github.essaykit.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberNamesTest {

    static class Base {
        String inherited;

        String hidden() {
            return "";
        }
    }

    static class View extends Base implements Comparable<View> {
        int count;

        public String getTitle() {
            return "";
        }

        public boolean isDraft() {
            return false;
        }

        @Override
        public int compareTo(View o) {
            return 0;
        }
    }

    record Entry(String title) {}

    @Test
    void aNameAClassHasAnywhereInItsChainMayBeThere() {
        assertThat(MemberNames.mayHaveMethod(View.class, "getTitle")).isTrue();
        assertThat(MemberNames.mayHaveMethod(View.class, "isDraft")).isTrue();
        assertThat(MemberNames.mayHaveMethod(View.class, "hidden")).isTrue(); // declared by the superclass, not public
        assertThat(MemberNames.mayHaveMethod(View.class, "compareTo")).isTrue();
        assertThat(MemberNames.mayHaveMethod(View.class, "toString")).isTrue(); // Object's: the library decides
        assertThat(MemberNames.mayHaveMethod(Entry.class, "title")).isTrue();
        assertThat(MemberNames.mayHaveField(View.class, "count")).isTrue();
        assertThat(MemberNames.mayHaveField(View.class, "inherited")).isTrue();
    }

    @Test
    void aNameNoClassOfTheChainHasIsAMiss() {
        assertThat(MemberNames.mayHaveMethod(View.class, "title")).isFalse();
        assertThat(MemberNames.mayHaveMethod(View.class, "getDraft")).isFalse();
        assertThat(MemberNames.mayHaveMethod(Entry.class, "getTitle")).isFalse();
        assertThat(MemberNames.mayHaveField(View.class, "title")).isFalse();
        assertThat(MemberNames.mayHaveField(Entry.class, "missing")).isFalse();
    }

    @Test
    void aMissHasNoStackTraceToFill() {
        assertThat(MemberNames.MISSING_METHOD.getStackTrace()).isEmpty();
        assertThat(MemberNames.MISSING_FIELD.getStackTrace()).isEmpty();
    }
}
