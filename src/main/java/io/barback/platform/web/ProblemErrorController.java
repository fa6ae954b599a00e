package io.barback.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.barback.platform.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer for errors the container raises itself, outside any route: a body that stopped
 * arriving (Tomcat answers 408), an unparseable request, a path nothing serves. Like every other
 * Barback error it is an RFC 9457 problem, not Spring's default error document.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed == null ? request.getRequestURI() : failed.toString();
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 408 -> "The request body stopped arriving part-way, or came too slowly; nothing was stored. Send it again.";
            case 400 -> "The request could not be read as HTTP; nothing was stored.";
            case 404 -> "There is nothing at " + uri + ".";
            default -> {
                if (status >= 500) {
                    String ref = UUID.randomUUID().toString();
                    LOG.error("Request to {} failed with {} (ref {})", uri, status, ref,
                            (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
                    yield "Barback could not complete this request. Quote reference " + ref + " to support.";
                }
                yield title + ".";
            }
        };
        response.setStatus(status);
        response.setContentType(HttpReply.PROBLEM_JSON);
        String json = Json.write(ProblemResponses.body(status, title, detail, null, uri));
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
