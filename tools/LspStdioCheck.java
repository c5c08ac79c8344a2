import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Speaks raw JSON-RPC (Content-Length framing) with the real {@code ./cryo lsp} process over its
 * stdin/stdout, as an editor does: initialize, didOpen, publishDiagnostics, completion, hover,
 * formatting, shutdown and exit. Exits 1 with the failed expectation on stderr. Run by
 * tools/lsp-check.sh (class path: the command line's jars, for Gson).
 */
public final class LspStdioCheck {

	private static final String SPEC = """
			system S {
				chamber growth {
					volume 2 K
					wall material SS304
				}
				outgassing water on growth {
					gas N2
					rate 1e-7 Pa*m3/(s*m2)
				}
			}
			""";

	private final Process process;
	private final InputStream in;
	private final OutputStream out;
	private final List<JsonObject> notifications = new ArrayList<>();
	private int nextId = 1;

	private LspStdioCheck(Process process) {
		this.process = process;
		this.in = process.getInputStream();
		this.out = process.getOutputStream();
	}

	public static void main(String[] args) throws Exception {
		Path cryo = Path.of(args.length > 0 ? args[0] : "./cryo").toAbsolutePath();
		Path workspace = Files.createTempDirectory("cryo-lsp-check");
		Path spec = workspace.resolve("spec.cryo");
		Files.writeString(spec, SPEC);
		Process process = new ProcessBuilder(cryo.toString(), "lsp").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			new LspStdioCheck(process).run(workspace, spec.toUri().toString());
			System.out.println("lsp-check: ok (initialize, didOpen, publishDiagnostics, completion, hover, formatting, shutdown, exit)");
		} catch (AssertionError e) {
			System.err.println("lsp-check: FAILED: " + e.getMessage());
			System.exit(1);
		} finally {
			process.destroyForcibly();
		}
	}

	private void run(Path workspace, String uri) throws Exception {
		JsonObject init = request("initialize", "{\"processId\":" + ProcessHandle.current().pid() + ",\"rootUri\":\""
				+ workspace.toUri() + "\",\"capabilities\":{}}").getAsJsonObject("result");
		JsonObject capabilities = init.getAsJsonObject("capabilities");
		check(capabilities.has("completionProvider") && capabilities.has("hoverProvider")
				&& capabilities.has("documentFormattingProvider"), "server capabilities: " + capabilities);
		notify("initialized", "{}");
		notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"cryo\",\"version\":1,\"text\":"
				+ JsonParser.parseString(quote(SPEC)) + "}}");

		JsonObject diagnostics = awaitNotification("textDocument/publishDiagnostics", uri);
		JsonArray list = diagnostics.getAsJsonObject("params").getAsJsonArray("diagnostics");
		boolean located = false;
		for (JsonElement d : list) {
			JsonObject o = d.getAsJsonObject();
			int line = o.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt();
			located |= line == 2 && "unit-dimension".equals(o.has("code") ? o.get("code").getAsString() : "");
		}
		check(located, "a unit-dimension error on line 3 (0-based 2): " + list);

		JsonElement completion = request("textDocument/completion", position(uri, 2, "\t\tvolume 2 ".length())).get("result");
		check(completion.toString().contains("\"m3\""), "completion after 'volume 2 ' proposes m3: " + completion);

		JsonElement hover = request("textDocument/hover", position(uri, 6, "\t\tgas N".length())).get("result");
		check(hover.toString().contains("boiling"), "hover on N2 shows its boiling point: " + hover);

		JsonElement edits = request("textDocument/formatting", "{\"textDocument\":{\"uri\":\"" + uri
				+ "\"},\"options\":{\"tabSize\":4,\"insertSpaces\":false}}").get("result");
		check(edits.isJsonArray(), "formatting answers with edits: " + edits);

		JsonObject shutdown = request("shutdown", null);
		check(shutdown.has("result") && !shutdown.has("error"), "shutdown: " + shutdown);
		notify("exit", null);
		check(process.waitFor(30, TimeUnit.SECONDS), "the server exits after 'exit'");
		check(process.exitValue() == 0, "exit code 0 after shutdown and exit, was " + process.exitValue());
	}

	private static String position(String uri, int line, int character) {
		return "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":" + line + ",\"character\":" + character + "}}";
	}

	private static void check(boolean condition, String expectation) {
		if (!condition) {
			throw new AssertionError(expectation);
		}
	}

	private static String quote(String text) {
		return new com.google.gson.Gson().toJson(text);
	}

	private JsonObject request(String method, String params) throws IOException {
		int id = nextId++;
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}");
		while (true) {
			JsonObject message = receive();
			if (message.has("id") && !message.has("method") && message.get("id").getAsInt() == id) {
				return message;
			}
			answerServerRequest(message);
		}
	}

	private void notify(String method, String params) throws IOException {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}");
	}

	private JsonObject awaitNotification(String method, String uri) throws IOException {
		for (JsonObject n : notifications) {
			if (isNotification(n, method, uri)) {
				return n;
			}
		}
		while (true) {
			JsonObject message = receive();
			if (isNotification(message, method, uri)) {
				return message;
			}
			answerServerRequest(message);
		}
	}

	private static boolean isNotification(JsonObject message, String method, String uri) {
		return message.has("method") && method.equals(message.get("method").getAsString())
				&& message.getAsJsonObject("params").get("uri").getAsString().equals(uri);
	}

	/** Requests from the server (e.g. client/registerCapability) get an empty answer; notifications are kept. */
	private void answerServerRequest(JsonObject message) throws IOException {
		if (message.has("method") && message.has("id")) {
			send("{\"jsonrpc\":\"2.0\",\"id\":" + message.get("id") + ",\"result\":null}");
		} else if (message.has("method")) {
			notifications.add(message);
		}
	}

	private void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	private JsonObject receive() throws IOException {
		int length = -1;
		String line;
		while (!(line = readHeaderLine()).isEmpty()) {
			if (line.toLowerCase().startsWith("content-length:")) {
				length = Integer.parseInt(line.substring("content-length:".length()).trim());
			}
		}
		check(length >= 0, "a Content-Length header from the server");
		byte[] body = in.readNBytes(length);
		check(body.length == length, "a complete message (the server closed its output)");
		return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private String readHeaderLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int c;
		while ((c = in.read()) != '\n') {
			check(c >= 0, "the server closed its output while a message was expected");
			if (c != '\r') {
				line.write(c);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}
}
