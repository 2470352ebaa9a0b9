package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordFormsTest {

    @Test
    void anIrregularPastLeavesTheDoublingToTheLemma() {
        // lemma/past -> gerund: one vowel between consonants doubles; two vowels, two consonants, "w" or "e" do not.
        Map<String, String> gerunds = Map.of("run/ran", "running", "put/put", "putting", "quit/quit", "quitting",
                "forget/forgot", "forgetting", "feel/felt", "feeling", "tell/told", "telling", "show/showed", "showing",
                "write/wrote", "writing", "visit/visited", "visiting", "admit/admitted", "admitting");
        gerunds.forEach((forms, gerund) -> {
            String[] lemmaAndPast = forms.split("/");
            assertEquals(gerund, WordForms.gerund(lemmaAndPast[0], lemmaAndPast[1]), forms);
        });
    }

    @Test
    void everyFormOfAnIrregularVerb() {
        assertEquals(Set.of("run", "runs", "ran", "running", "send", "sends", "sent", "sending"),
                WordForms.verbForms("run/ran/run", "send/sent"));
    }

    @Test
    void commonStartCountsSharedLettersUpToTheShorterWord() {
        assertEquals(6, WordForms.commonStart("Tarvia", "Tarvian"));
        assertEquals(3, WordForms.commonStart("Ostmark", "Ostic"));
        assertEquals(0, WordForms.commonStart("Ostmark", "Vestrian"));
        assertEquals(0, WordForms.commonStart("", "Vestrian"));
    }

    @Test
    void pluralShapeLeavesSingularsInS() {
        assertTrue(WordForms.pluralShape("ads") && WordForms.pluralShape("letters"));
        assertFalse(WordForms.pluralShape("press") || WordForms.pluralShape("campus") || WordForms.pluralShape("crisis"));
    }

    @Test
    void endsInSingleSPassesUsAndIsButNotSs() {
        assertTrue(WordForms.endsInSingleS("urges") && WordForms.endsInSingleS("campus") && WordForms.endsInSingleS("thesis"));
        assertFalse(WordForms.endsInSingleS("witness") || WordForms.endsInSingleS("harbour"));
    }

    @Test
    void aWordOrTheSingularOfItsPluralIsLookedUp() {
        Set<String> words = Set.of("ad", "roll call", "press");
        assertTrue(WordForms.inSetOrPlural(words, "ad") && WordForms.inSetOrPlural(words, "ads")
                && WordForms.inSetOrPlural(words, "roll calls") && WordForms.inSetOrPlural(words, "press"));
        // "-ss" is no plural: "pres" is not looked up; "adds" is not the plural of "ad".
        assertFalse(WordForms.inSetOrPlural(words, "adds") || WordForms.inSetOrPlural(Set.of("pres"), "press"));
    }
}
