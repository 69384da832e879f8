package org.harbormaster.server.shipments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.harbormaster.server.shipments.ShipmentRequest.CancelBody;
import org.harbormaster.server.shipments.ShipmentRequest.PlanChange;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/shipments")
@Tag(name = "Shipments", description = "Book, find, re-plan and cancel shipments")
public class ShipmentController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final ShipmentService service;
    private final PredictedArrivals predictions;

    public ShipmentController(ShipmentService service, PredictedArrivals predictions) {
        this.service = service;
        this.predictions = predictions;
    }

    @PostMapping
    @Operation(summary = "Book a shipment from a template or with a full plan")
    public ResponseEntity<ShipmentView> book(@RequestBody ShipmentRequest request) {
        Shipment shipment = service.book(request);
        return ResponseEntity.created(URI.create("/api/v1/shipments/" + shipment.id()))
                .eTag(etag(shipment)).body(ShipmentView.of(shipment));
    }

    @GetMapping("/{idOrReference}")
    @Operation(summary = "One shipment by id or by our reference")
    public ResponseEntity<ShipmentView> get(@PathVariable String idOrReference) {
        Shipment shipment = service.get(idOrReference);
        ShipmentView view = ShipmentView.of(shipment);
        return ResponseEntity.ok().eTag(etag(shipment))
                .body(predictions.latestFor(shipment).map(view::withPrediction).orElse(view));
    }

    @GetMapping
    @Operation(summary = "List shipments, newest first, with filters and cursor pagination")
    public ShipmentSummary.Page list(@RequestParam(required = false) String mode,
                                     @RequestParam(required = false) String direction,
                                     @RequestParam(required = false) String region,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String customer,
                                     @RequestParam(required = false) String container,
                                     @RequestParam(required = false) String reference,
                                     @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) Integer limit) {
        FieldProblems problems = new FieldProblems();
        ShipmentQuery query = new ShipmentQuery(problems.optionalEnum("mode", mode, Mode.class),
                problems.optionalEnum("direction", direction, Direction.class), blankToNull(region),
                problems.optionalEnum("status", status, ShipmentStatus.class), blankToNull(customer),
                blankToNull(container), blankToNull(reference));
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        problems.throwIfAny();
        ShipmentPage page = service.list(query, blankToNull(cursor), size);
        return new ShipmentSummary.Page(page.items().stream().map(ShipmentSummary::of).toList(), page.nextCursor());
    }

    @PutMapping("/{idOrReference}/plan")
    @Operation(summary = "Replace the plan (from a template or leg by leg); milestones keep their known times")
    public ResponseEntity<ShipmentView> replan(@PathVariable String idOrReference, @RequestBody PlanChange change,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Long version = change.version() != null ? change.version() : versionFrom(ifMatch);
        Shipment shipment = service.replan(idOrReference, change, version);
        return ResponseEntity.ok().eTag(etag(shipment)).body(ShipmentView.of(shipment));
    }

    @PostMapping("/{idOrReference}/cancel")
    @Operation(summary = "Cancel a shipment with a reason")
    public ShipmentView cancel(@PathVariable String idOrReference, @RequestBody CancelBody body, Principal user) {
        return ShipmentView.of(service.cancel(idOrReference, body.reason(), user == null ? null : user.getName()));
    }

    @GetMapping("/templates")
    @Operation(summary = "The plan templates and the flows they stand for")
    public List<TemplateInfo> templates() {
        return Arrays.stream(PlanTemplate.values())
                .map(t -> new TemplateInfo(t.name(), t.mode().name(), t.description())).toList();
    }

    public record TemplateInfo(String name, String mode, String description) {
    }

    private static String etag(Shipment shipment) {
        return "\"" + shipment.version() + "\"";
    }

    private static Long versionFrom(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            FieldProblems problems = new FieldProblems();
            problems.add("If-Match", "'" + ifMatch + "' is not a version this server issued");
            problems.throwIfAny();
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
