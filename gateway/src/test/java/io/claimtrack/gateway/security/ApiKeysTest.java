package io.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void plainAndHashedEntriesIdentifyTheirKeys() {
        String hashed = "sha256:" + HexFormat.of().formatHex(ApiKeys.sha256("s3cret-reader"));
        ApiKeys keys = new ApiKeys(config("s3cret-editor:editor", hashed + ":reader"));

        assertEquals(Role.EDITOR, keys.identify("s3cret-editor").orElseThrow().role());
        assertEquals(Role.READER, keys.identify("s3cret-reader").orElseThrow().role());
        assertTrue(keys.identify("s3cret").isEmpty());
        assertTrue(keys.identify(hashed).isEmpty(), "the hash itself is not a key");
    }

    @Test
    void callerIdsRevealNoKey() {
        Caller caller = new ApiKeys(config("s3cret-editor:editor")).identify("s3cret-editor").orElseThrow();
        assertFalse(caller.toString().contains("s3cret"));
        assertTrue(caller.id().matches("key-[0-9a-f]{8}"));
    }

    @Test
    void aKeyIsKnownByItsConfiguredNameElseByItsId() {
        String hashed = "sha256:" + HexFormat.of().formatHex(ApiKeys.sha256("s3cret-reader"));
        ApiKeys keys = new ApiKeys(config("s3cret-editor:editor:desk-editor", hashed + ":reader:night.desk", "k:ey:editor"));

        Caller editor = keys.identify("s3cret-editor").orElseThrow();
        assertEquals("desk-editor", editor.name());
        assertEquals(Role.EDITOR, editor.role());
        assertEquals("night.desk", keys.identify("s3cret-reader").orElseThrow().name());
        Caller unnamed = keys.identify("k:ey").orElseThrow();
        assertEquals(unnamed.id(), unnamed.name());
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys(config("s3cret:editor:not a name")));
    }

    @Test
    void unknownRoleFailsStartupWithoutEchoingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ApiKeys(config("s3cret:admin")));
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void editorsMayDoWhatReadersMay() {
        assertTrue(Role.EDITOR.allows(Role.READER));
        assertFalse(Role.READER.allows(Role.EDITOR));
    }

    private static List<String> config(String... entries) {
        return List.of(entries);
    }
}
