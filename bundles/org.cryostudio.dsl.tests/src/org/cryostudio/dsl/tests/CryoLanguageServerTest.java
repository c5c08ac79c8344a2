package org.cryostudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.cryostudio.dsl.ide.server.CryoLanguageServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The language server as editors use it: {@link CryoLanguageServer} (what {@code cryo lsp} runs)
 * on one end of a pair of pipes, an LSP4J client on the other, every request and notification
 * encoded as JSON-RPC. One test per feature of the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CryoLanguageServerTest {

	private static final String CATALOG = """
			catalog Vendor {
				cryopump Pump8 {
					speed N2 1500 L/s
				}
			}
			""";

	private static final String SPEC = String.join("\n",
			"import \"catalog.cryo\"", // 0
			"", // 1
			"system S {", // 2
			"\tchamber growth {", // 3
			"\t\tvolume 2 K", // 4 wrong dimension
			"\t\twall material SS304", // 5
			"\t}", // 6
			"\toutgassing water on growth {", // 7
			"\t\tgas N2", // 8
			"\t\trate 1e-7 Pa*m3/(s*m2)", // 9
			"\t}", // 10
			"\tcryopump cp : Vendor.Pump8 on growth", // 11
			"\ttube port from growth to cp { diameter 200 mm length 150 mm }", // 12
			"}", // 13
			"");

	private final Map<String, PublishDiagnosticsParams> diagnostics = new ConcurrentHashMap<>();
	private LanguageServer server;
	private Path workspace;
	private String uri;

	@BeforeAll
	void startServerAndOpenTheSpec() throws Exception {
		workspace = Files.createTempDirectory("cryo-lsp-test");
		Files.writeString(workspace.resolve("catalog.cryo"), CATALOG);
		Path spec = workspace.resolve("spec.cryo");
		Files.writeString(spec, SPEC);
		uri = spec.toUri().toString();

		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		CryoLanguageServer.start(serverIn, serverOut);
		Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, clientOut);
		client.startListening();
		server = client.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		init.setRootUri(workspace.toUri().toString()); // Xtext's workspace manager reads the root URI
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(text);
		init.setCapabilities(capabilities);
		var result = server.initialize(init).get(60, TimeUnit.SECONDS);
		assertNotNull(result.getCapabilities().getCompletionProvider());
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cryo", 1, SPEC)));
	}

	@AfterAll
	void shutdown() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS); // no 'exit': it would end this JVM
		try (var files = Files.walk(workspace)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary directory left behind is harmless
		}
	}

	private PublishDiagnosticsParams awaitDiagnostics(String file) throws InterruptedException {
		for (int i = 0; i < 600 && !diagnostics.containsKey(file); i++) {
			Thread.sleep(100);
		}
		PublishDiagnosticsParams params = diagnostics.get(file);
		assertNotNull(params, "no diagnostics published for " + file);
		return params;
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}

	private List<String> completionLabels(int line, int character) throws Exception {
		var result = server.getTextDocumentService()
				.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))
				.get(30, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		return items.stream().map(CompletionItem::getLabel).collect(Collectors.toList());
	}

	private static int column(String line, String before) {
		return line.indexOf(before) + before.length();
	}

	private static String line(int index) {
		return SPEC.split("\n")[index];
	}

	@Test
	void diagnosticsAreLocatedAtTheValueWithTheirCode() throws Exception {
		List<Diagnostic> list = awaitDiagnostics(uri).getDiagnostics();
		Diagnostic unit = list.stream().filter(d -> "unit-dimension".equals(code(d))).findFirst().orElseThrow(() -> new AssertionError(list.toString()));
		assertEquals(4, unit.getRange().getStart().getLine());
		assertEquals(line(4).indexOf('K'), unit.getRange().getStart().getCharacter());
		assertEquals(1, list.size(), () -> "only the unit error (the catalog type links across files): " + list);
	}

	@Test
	void completionProposesUnitsOfTheProperty() throws Exception {
		List<String> labels = completionLabels(4, column(line(4), "volume 2 "));
		assertTrue(labels.containsAll(List.of("m3", "L")), labels::toString);
		assertFalse(labels.contains("Pa"), labels::toString);
	}

	@Test
	void completionProposesElementNamesGasesMaterialsAndCatalogTypes() throws Exception {
		List<String> nodes = completionLabels(12, column(line(12), "to "));
		assertTrue(nodes.containsAll(List.of("cp", "growth")), nodes::toString);
		List<String> gases = completionLabels(8, column(line(8), "gas "));
		assertTrue(gases.containsAll(List.of("N2", "He", "H2O")), gases::toString);
		List<String> materials = completionLabels(5, column(line(5), "wall material "));
		assertTrue(materials.contains("SS304"), materials::toString);
		List<String> types = completionLabels(11, column(line(11), "cp : "));
		assertTrue(types.contains("Vendor.Pump8"), types::toString);
	}

	@Test
	void completionProposesKeywordsOfTheBody() throws Exception {
		List<String> labels = completionLabels(5, 2);
		assertTrue(labels.containsAll(List.of("volume", "wall", "bakeout")), labels::toString);
	}

	@Test
	void hoverOnAGasShowsItsBoilingPoint() throws Exception {
		Hover hover = server.getTextDocumentService()
				.hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(8, column(line(8), "gas N"))))
				.get(30, TimeUnit.SECONDS);
		String text = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().toString();
		assertTrue(text.contains("boiling point: 77"), text);
	}

	@Test
	void goToDefinitionFindsTheChamber() throws Exception {
		var result = server.getTextDocumentService()
				.definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(7, column(line(7), "on gro"))))
				.get(30, TimeUnit.SECONDS);
		List<? extends Location> locations = result.getLeft();
		assertEquals(1, locations.size(), result::toString);
		assertEquals(uri, locations.get(0).getUri());
		assertEquals(3, locations.get(0).getRange().getStart().getLine());
	}

	@Test
	void documentSymbolsNestElementsInTheirSystem() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		DocumentSymbol system = symbols.stream().filter(Either::isRight).map(Either::getRight)
				.filter(s -> s.getName().contains("S")).findFirst().orElseThrow(() -> new AssertionError(symbols.toString()));
		List<String> children = system.getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(children.stream().anyMatch(n -> n.contains("growth")), children::toString);
		assertTrue(children.stream().anyMatch(n -> n.contains("cp")), children::toString);
	}

	@Test
	void formattingGivesTheCanonicalLayout() throws Exception {
		String messy = "system  M{\nchamber a{volume 2 m3\n// kept\nwall area 3 m2 }}";
		String other = workspace.resolve("messy.cryo").toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(other, "cryo", 1, messy)));
		List<? extends TextEdit> edits = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(other), new FormattingOptions(4, false)))
				.get(30, TimeUnit.SECONDS);
		assertEquals("system M {\n\tchamber a {\n\t\tvolume 2 m3\n\t\t// kept\n\t\twall area 3 m2\n\t}\n}\n", apply(messy, edits));
	}

	@Test
	void renameChangesTheDeclarationAndEveryReference() throws Exception {
		WorkspaceEdit edit = server.getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri), new Position(3, column(line(3), "chamber g")), "vessel1"))
				.get(30, TimeUnit.SECONDS);
		List<TextEdit> edits = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().getOrDefault(uri, List.of()).forEach(edits::add);
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.filter(e -> e.getTextDocument().getUri().equals(uri)).forEach(e -> e.getEdits().stream().filter(Either::isLeft).map(Either::getLeft).forEach(edits::add));
		}
		String renamed = apply(SPEC, edits);
		assertFalse(renamed.contains("growth"), renamed);
		assertEquals(4, renamed.split("vessel1", -1).length - 1, renamed);
	}

	@Test
	void quickFixOffersTheUnitsOfTheProperty() throws Exception {
		Diagnostic unit = awaitDiagnostics(uri).getDiagnostics().stream().filter(d -> "unit-dimension".equals(code(d)))
				.findFirst().orElseThrow();
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), unit.getRange(), new CodeActionContext(List.of(unit))))
				.get(30, TimeUnit.SECONDS);
		List<String> titles = actions.stream().map(a -> a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle()).toList();
		assertTrue(titles.contains("Use m3"), titles::toString);
		CodeAction useM3 = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().equals("Use m3")).findFirst().orElseThrow();
		List<TextEdit> edits = new ArrayList<>(useM3.getEdit().getChanges().get(uri));
		assertTrue(apply(SPEC, edits).contains("\t\tvolume 2 m3\n"));
	}

	@Test
	void physicsQuickFixTravelsAsACodeAction() throws Exception {
		// a helium JT stage at 60 K from 10 bar warms (inversion at 10 bar: 42.3 K); its fix comes as issue data
		String jt = "system J {\n\tjt valve jt1 {\n\t\tgas He\n\t\tinlet temperature 60 K\n\t\tinlet pressure 10 bar\n"
				+ "\t\toutlet pressure 1 bar\n\t}\n}\n";
		Path file = workspace.resolve("jt.cryo");
		Files.writeString(file, jt);
		String jtUri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(jtUri, "cryo", 1, jt)));
		Diagnostic warm = awaitDiagnostics(jtUri).getDiagnostics().stream().filter(d -> "jt-above-inversion".equals(code(d)))
				.findFirst().orElseThrow();
		assertEquals(3, warm.getRange().getStart().getLine());
		List<Either<Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(jtUri), warm.getRange(), new CodeActionContext(List.of(warm))))
				.get(30, TimeUnit.SECONDS);
		CodeAction precool = actions.stream().filter(Either::isRight).map(Either::getRight)
				.filter(a -> a.getTitle().equals("Set the inlet temperature to 38 K")).findFirst()
				.orElseThrow(() -> new AssertionError(actions.toString()));
		assertTrue(apply(jt, precool.getEdit().getChanges().get(jtUri)).contains("\t\tinlet temperature 38 K\n"));
	}

	/** Applies LSP edits (non-overlapping) to a text. */
	private static String apply(String text, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit e : sorted) {
			result.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		}
		return result.toString();
	}

	private static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			int next = text.indexOf('\n', offset);
			offset = next < 0 ? text.length() : next + 1;
		}
		return Math.min(text.length(), offset + position.getCharacter());
	}

	/** Records what the server publishes; answers its requests with nothing. */
	private final class RecordingClient implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(params.getUri(), params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}
	}
}
