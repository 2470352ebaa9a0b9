package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;

import org.junit.jupiter.api.Test;

/** Issue 10, round 43: "A group calling itself X said": the name it gives itself speaks, not "A group". */
class SelfNamedTest {

    @Test
    void aGroupCallingItselfByName() {
        assertOnlyStatement("A group calling itself the Free Coast Front said on Sunday that it had seized the lighthouse.",
                "it had seized the lighthouse", "Free Coast Front");
    }

    @Test
    void afterTheCue() {
        assertOnlyStatement("\"The ferry was sabotaged,\" said a group calling itself Harbour Watch.",
                "\"The ferry was sabotaged,\"", "Harbour Watch");
    }

    @Test
    void aLowerCaseSelfDescriptionNamesNoOne() {
        assertOnlyStatement("A group calling itself a charity said that it had raised the money.",
                "it had raised the money", "A group");
    }
}
