using Gateway.Tests.Supplier;

namespace Gateway.Tests.Sweep;

/// <summary>
/// The hand-written cases of the sweep, endpoint by endpoint: malformed bodies, wrong JSON types, hostile strings in
/// every id, query and text field, out-of-range numbers, bad cursors, other tenants' ids and state-refused commands.
/// None of them may change anything. (The token and role cases of every protected route are generated on top of
/// these by <see cref="AuthCases"/>.)
/// </summary>
internal static class SweepCases
{
    // Kestrel's default limit of the request line.
    private const int MaxRequestLine = 8 * 1024;

    private const string Recipient = """{"name": "홍길동", "phone": "010-1234-5678", "zipCode": "06236", "address": "서울특별시 강남구"}""";

    public static IReadOnlyList<SweepCase> Build(SweepWorld world)
    {
        var table = new CaseTable();
        Auth(table, world);
        SellerAccount(table, world);
        SellerOrders(table, world);
        SellerShipping(table, world);
        SellerCatalogAndPoints(table, world);
        Operator(table, world);
        Supplier(table, world);
        Operations(table, world);
        return table.Cases;
    }

    private static SweepBody J(string json) => SweepBody.Json(json);

    private static string E(string value) => Uri.EscapeDataString(value);

    private static void Auth(CaseTable t, SweepWorld w)
    {
        t.Route("POST /api/auth/token").MalformedBodies("/api/auth/token", Credential.Anonymous);
        foreach (var (name, value) in HostileText.Strings)
        {
            // A hostile login id is never an account: refused like a wrong password (or 400 when too long).
            t.Add($"login id {name}", "/api/auth/token", Credential.Anonymous, J($$"""{"loginId": {{HostileText.Json(value)}}, "password": "whatever-1"}"""),
                value.Trim().Length > 64 ? 400 : 401, field: value.Trim().Length > 64 ? "loginId" : null);
        }

        t.Add("login id a number", "/api/auth/token", Credential.Anonymous, J("""{"loginId": 5, "password": "whatever-1"}"""), 400, "MalformedBody")
            .Add("password an object", "/api/auth/token", Credential.Anonymous, J("""{"loginId": "operator", "password": {"$ne": ""}}"""), 400, "MalformedBody")
            .Add("password an array", "/api/auth/token", Credential.Anonymous, J("""{"loginId": "operator", "password": ["a"]}"""), 400, "MalformedBody")
            .Add("password 129 chars", "/api/auth/token", Credential.Anonymous, J($$"""{"loginId": "operator", "password": "{{new string('p', 129)}}"}"""), 400, field: "password")
            .Add("lone surrogate", "/api/auth/token", Credential.Anonymous, J("""{"loginId": "\ud800", "password": "whatever-1"}"""), 400, "MalformedBody")
            .Add("seller B's id with a wrong password", "/api/auth/token", Credential.Anonymous, J($$"""{"loginId": "{{w.B.Seller.LoginId}}", "password": "wrong-password"}"""), 401)
            .Add("uppercased operator id with a wrong password and extra fields", "/api/auth/token", Credential.Anonymous,
                J("""{"loginId": "OPERATOR", "password": "wrong-password", "role": "operator", "isAdmin": true}"""), 401);

        t.Route("GET /api/auth/me")
            .Add("a seller cookie instead of a bearer token", "/api/auth/me", new Credential("seller A cookie", Cookie: $"onch_token={w.A.Seller.Token}"), null, 401)
            .Add("the token as a query parameter", $"/api/auth/me?access_token={w.A.Seller.Token}", Credential.Anonymous, null, 401)
            .Add("a Basic header", "/api/auth/me", new Credential("basic", Authorization: "Basic b3BlcmF0b3I6b3BlcmF0b3ItcGFzc3dvcmQtMQ=="), null, 401)
            .Add("an empty bearer", "/api/auth/me", new Credential("empty bearer", Authorization: "Bearer "), null, 401)
            .Add("two bearer tokens", "/api/auth/me", new Credential("two tokens", Authorization: $"Bearer {w.A.Seller.Token} {w.B.Seller.Token}"), null, 401)
            .Add("a 40 KB header", "/api/auth/me", new Credential("40 KB header", Authorization: "Bearer " + new string('A', 40 * 1024)), null, 431, shape: ResponseShape.Bare)
            .Add("junk query with a good token", "/api/auth/me?role=operator&sellerId=" + E(w.B.Seller.LoginId), w.SellerA, null, 200, shape: ResponseShape.Any,
                contains: w.A.Seller.LoginId, lacks: w.B.Seller.LoginId);

        t.Route("POST /api/auth/logout")
            .Add("a junk body", "/api/auth/logout", w.SellerA, J("""{"everyone": true}"""), 204, shape: ResponseShape.Any)
            .Add("a forged token", "/api/auth/logout", w.Spoiled[0], J("not json"), 204, shape: ResponseShape.Any);
    }

    private static void SellerAccount(CaseTable t, SweepWorld w)
    {
        const string account = "/api/seller/smartstore-account";
        t.Route("PUT /api/seller/smartstore-account").MalformedBodies(account, w.SellerA)
            .Add("no mode", account, w.SellerA, J("""{"accountId": "shop"}"""), 400, field: "mode")
            .Add("mode a number", account, w.SellerA, J("""{"mode": 1, "accountId": "shop"}"""), 400, "MalformedBody")
            .Add("unknown mode", account, w.SellerA, J("""{"mode": "admin", "accountId": "shop"}"""), 400, field: "mode")
            .Add("solution mode with a client secret", account, w.SellerA, J("""{"mode": "solution", "accountId": "shop", "clientSecret": "s"}"""), 400, field: "clientSecret")
            .Add("own mode without a secret", account, w.SellerA, J("""{"mode": "own", "clientId": "app"}"""), 400, field: "clientSecret")
            .Add("own mode with an account id", account, w.SellerA, J("""{"mode": "own", "clientId": "app", "clientSecret": "s", "accountId": "x"}"""), 400, field: "accountId")
            .Add("account id 201 chars", account, w.SellerA, J($$"""{"mode": "solution", "accountId": "{{new string('a', 201)}}"}"""), 400, field: "accountId")
            .Add("seller B's shop", account, w.SellerA, J($$"""{"mode": "solution", "accountId": "{{w.B.ShopAccountId}}"}"""), 422);
        foreach (var (name, value) in HostileText.WithControlCharacters)
        {
            t.Add($"account id {name}", account, w.SellerA, J($$"""{"mode": "solution", "accountId": {{HostileText.Json(value)}}}"""), 400, field: "accountId");
        }

        foreach (var (name, value) in HostileText.Strings.Where(s => !s.Value.Any(char.IsControl) && s.Value.Length <= 200))
        {
            // Well-formed text: SmartStore is asked and refuses it; the registered account stays.
            t.Add($"own client id {name}", account, w.SellerA, J($$"""{"mode": "own", "clientId": {{HostileText.Json(value)}}, "clientSecret": "secret"}"""), 422);
        }

        t.Route("GET /api/seller/smartstore-account")
            .Add("junk query", account + "?sellerId=" + E(w.B.Seller.LoginId), w.SellerA, null, 200, shape: ResponseShape.Any, contains: w.A.ShopAccountId, lacks: w.B.ShopAccountId);

        const string settings = "/api/seller/settings";
        t.Route("GET /api/seller/settings")
            .Add("another seller's id in the query", settings + "?sellerId=" + E(w.B.Seller.LoginId), w.SellerA, null, 200, shape: ResponseShape.Any);
        t.Route("PUT /api/seller/settings").MalformedBodies(settings, w.SellerA)
            .Add("autoOrder without autoCollect", settings, w.SellerA, J("""{"autoCollect": false, "autoOrder": true}"""), 422, "AutoOrderNeedsAutoCollect")
            .Add("autoCollect a string", settings, w.SellerA, J("""{"autoCollect": "true", "autoOrder": false}"""), 400, "MalformedBody")
            .Add("autoCollect a number", settings, w.SellerA, J("""{"autoCollect": 1, "autoOrder": false}"""), 400, "MalformedBody")
            .Add("autoOrder null", settings, w.SellerA, J("""{"autoCollect": true, "autoOrder": null}"""), 400, field: "autoOrder")
            .Add("only autoCollect", settings, w.SellerA, J("""{"autoCollect": true}"""), 400, field: "autoOrder")
            .Add("another seller's id in the body", settings, w.SellerA, J($$"""{"sellerId": "{{w.B.Seller.LoginId}}", "autoCollect": true}"""), 400, field: "autoOrder")
            .Add("a wrong method", settings, w.SellerA, J("""{"autoCollect": false, "autoOrder": false}"""), 405, "MethodNotAllowed", method: "DELETE");

        t.Route("POST /api/seller/collect")
            .Add("an operator collecting", "/api/seller/collect", w.OperatorToken, J("""{"sellerId": "x"}"""), 403)
            .Add("a supplier collecting", "/api/seller/collect", w.SupplierA, null, 403);
        t.Route("GET /api/seller/sync")
            .Add("junk query", "/api/seller/sync?sellerId=" + E(w.B.Seller.LoginId) + "&limit=-1", w.SellerA, null, 200, shape: ResponseShape.Any);

        const string policy = "/api/seller/auto-order-policy";
        t.Route("GET /api/seller/auto-order-policy")
            .Add("junk query", policy + "?x=%00", w.SellerA, null, 200, shape: ResponseShape.Any);
        t.Route("PUT /api/seller/auto-order-policy").MalformedBodies(policy, w.SellerA)
            .Add("no buffer", policy, w.SellerA, J("""{"maxCostPerOrder": 1000}"""), 400, field: "cancellationBufferMinutes")
            .Add("negative buffer", policy, w.SellerA, J("""{"cancellationBufferMinutes": -1}"""), 400, field: "cancellationBufferMinutes")
            .Add("buffer over a day", policy, w.SellerA, J("""{"cancellationBufferMinutes": 1441}"""), 400, field: "cancellationBufferMinutes")
            .Add("buffer over int", policy, w.SellerA, J("""{"cancellationBufferMinutes": 2147483648}"""), 400, "MalformedBody")
            .Add("buffer a fraction", policy, w.SellerA, J("""{"cancellationBufferMinutes": 1.5}"""), 400, "MalformedBody")
            .Add("buffer 1e400", policy, w.SellerA, J("""{"cancellationBufferMinutes": 1e400}"""), 400, "MalformedBody")
            .Add("zero cost cap", policy, w.SellerA, J("""{"cancellationBufferMinutes": 10, "maxCostPerOrder": 0}"""), 400, field: "maxCostPerOrder")
            .Add("negative cost cap", policy, w.SellerA, J("""{"cancellationBufferMinutes": 10, "maxCostPerOrder": -9223372036854775808}"""), 400, field: "maxCostPerOrder")
            .Add("cost cap over long", policy, w.SellerA, J("""{"cancellationBufferMinutes": 10, "maxCostPerOrder": 9223372036854775808}"""), 400, "MalformedBody")
            .Add("excluded products a string", policy, w.SellerA, J("""{"cancellationBufferMinutes": 10, "excludedProducts": "CH0000001"}"""), 400, "MalformedBody")
            .Add("501 excluded products", policy, w.SellerA,
                J($$"""{"cancellationBufferMinutes": 10, "excludedProducts": [{{string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"CH{i:D7}\""))}}]}"""), 400, field: "excludedProducts")
            .Add("a null excluded product", policy, w.SellerA, J("""{"cancellationBufferMinutes": 10, "excludedProducts": [null]}"""), 400, field: "excludedProducts[0]");
        foreach (var (name, value) in HostileText.Strings)
        {
            t.Add($"excluded product {name}", policy, w.SellerA, J($$"""{"cancellationBufferMinutes": 10, "excludedProducts": [{{HostileText.Json(value)}}]}"""), 400, field: "excludedProducts[0]");
        }
    }

    private static void SellerOrders(CaseTable t, SweepWorld w)
    {
        const string list = "/api/seller/orders";
        t.Route("GET /api/seller/orders");
        foreach (var (name, query, field) in ListQueries("after", w))
        {
            t.Add(name, $"{list}?{query}", w.SellerA, null, 400, field: field);
        }

        t.Route("GET /api/seller/orders/page");
        foreach (var (name, query, field) in ListQueries("cursor", w))
        {
            t.Add(name, $"{list}/page?{query}", w.SellerA, null, 400, field: field);
        }

        t.Route("GET /api/seller/orders/{productOrderId}");
        OrderIds(t, id => $"{list}/{id}", w.SellerA, null);
        t.Add("seller B's waiting order", $"{list}/{w.B.WaitingId}", w.SellerA, null, 403, "NotYours")
            .Add("seller B's placed order", $"{list}/{w.B.PlacedId}", w.SellerA, null, 403, "NotYours")
            .Add("seller B's manual order id", $"{list}/{E($"M:{w.B.Seller.LoginId}:req-1")}", w.SellerA, null, 404, "NotFound")
            .Add("an unknown order", $"{list}/9999999999999999", w.SellerA, null, 404, "NotFound")
            .Add("a wrong method", $"{list}/{w.A.WaitingId}", w.SellerA, J("{}"), 405, method: "PATCH");

        const string place = "/api/seller/orders/place";
        t.Route("POST /api/seller/orders/place").MalformedBodies(place, w.SellerA)
            .Add("no ids", place, w.SellerA, J("""{"productOrderIds": []}"""), 400, field: "productOrderIds")
            .Add("ids a string", place, w.SellerA, J($$"""{"productOrderIds": "{{w.A.WaitingId}}"}"""), 400, "MalformedBody")
            .Add("ids numbers", place, w.SellerA, J("""{"productOrderIds": [2025010100000001]}"""), 400, "MalformedBody")
            .Add("ids objects", place, w.SellerA, J("""{"productOrderIds": [{"id": "1"}]}"""), 400, "MalformedBody")
            .Add("a null id", place, w.SellerA, J("""{"productOrderIds": [null]}"""), 400, field: "productOrderIds[0]")
            .Add("the same id twice", place, w.SellerA, J($$"""{"productOrderIds": ["{{w.A.WaitingId}}", "{{w.A.WaitingId}}"]}"""), 400, field: "productOrderIds[1]")
            .Add("201 ids", place, w.SellerA, J($$"""{"productOrderIds": [{{string.Join(",", Enumerable.Range(0, 201).Select(i => $"\"{9000000000000000 + i}\""))}}]}"""), 400, field: "productOrderIds")
            .Add("seller B's waiting order", place, w.SellerA, J($$"""{"productOrderIds": ["{{w.B.WaitingId}}"]}"""), 200, shape: ResponseShape.Any, contains: "NotFound")
            .Add("seller B's orders among none of A's", place, w.SellerA, J($$"""{"productOrderIds": ["{{w.B.WaitingId}}", "{{w.B.PlacedId}}", "9999999999999999"]}"""), 200, shape: ResponseShape.Any, contains: "NotFound")
            .Add("A's placed order again (answered as placed before, not charged again)", place, w.SellerA, J($$"""{"productOrderIds": ["{{w.A.PlacedId}}"]}"""), 200, shape: ResponseShape.Any, contains: w.A.OnchOrderNo);
        foreach (var (name, value) in HostileText.Strings)
        {
            t.Add($"id {name}", place, w.SellerA, J($$"""{"productOrderIds": [{{HostileText.Json(value)}}]}"""), 400, field: "productOrderIds[0]");
        }

        t.Route("PUT /api/seller/orders/{productOrderId}/option").MalformedBodies($"{list}/{w.A.WaitingId}/option", w.SellerA);
        OrderIds(t, id => $"{list}/{id}/option", w.SellerA, J("""{"optionId": "opt-1"}"""));
        t.Add("seller B's order", $"{list}/{w.B.WaitingId}/option", w.SellerA, J("""{"optionId": "opt-1"}"""), 403, "NotYours")
            .Add("option id a number", $"{list}/{w.A.WaitingId}/option", w.SellerA, J("""{"optionId": 1}"""), 400, "MalformedBody")
            .Add("option id 65 chars", $"{list}/{w.A.WaitingId}/option", w.SellerA, J($$"""{"optionId": "{{new string('o', 65)}}"}"""), 400, field: "optionId")
            .Add("an option of a product without options", $"{list}/{w.A.WaitingId}/option", w.SellerA, J("""{"optionId": "opt-1"}"""), 400, field: "optionId")
            .Add("an option on a placed order", $"{list}/{w.A.PlacedId}/option", w.SellerA, J("""{"optionId": "opt-1"}"""), 409);
        foreach (var (name, value) in HostileText.WithControlCharacters)
        {
            t.Add($"option id {name}", $"{list}/{w.A.WaitingId}/option", w.SellerA, J($$"""{"optionId": {{HostileText.Json(value)}}}"""), 400, field: "optionId");
        }

        t.Route("DELETE /api/seller/orders/{productOrderId}");
        OrderIds(t, id => $"{list}/{id}", w.SellerA, null);
        t.Add("seller B's waiting order", $"{list}/{w.B.WaitingId}", w.SellerA, null, 403, "NotYours")
            .Add("seller B's waiting order from supplier B", $"{list}/{w.B.WaitingId}", w.SupplierB, null, 403)
            .Add("A's placed order", $"{list}/{w.A.PlacedId}", w.SellerA, null, 409);
    }

    /// <summary>Hostile values of the list queries: status, page size and cursor (named <paramref name="cursorField"/>).</summary>
    private static IEnumerable<(string Name, string Query, string Field)> ListQueries(string cursorField, SweepWorld w)
    {
        foreach (var status in new[] { "Bogus", "1", "Waiting,Ordered", "<script>", "'; DROP TABLE order_read; --" })
        {
            yield return ($"status {status}", "status=" + E(status), "status");
        }

        foreach (var size in new[] { "0", "-1", "501", "1e2", "abc", "2147483648", "99999999999999999999" })
        {
            yield return ($"page size {size}", "pageSize=" + E(size), "pageSize");
        }

        var tampered = w.CursorA[..^2] + (w.CursorA[^2] == 'A' ? "B" : "A") + w.CursorA[^1];
        foreach (var (name, cursor) in new[]
        {
            ("seller B's cursor", w.CursorB), ("a tampered cursor", tampered), ("a made-up cursor", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
            ("a cursor of 201 chars", new string('A', 201)), ("a cursor one character longer", w.CursorA + "A"), ("a cursor of 'null'", "null"),
            ("an injected cursor", "' OR 1=1 --"), ("a traversal cursor", "../../etc/passwd"),
        })
        {
            yield return ($"{cursorField}: {name}", cursorField + "=" + E(cursor), cursorField);
        }
    }

    /// <summary>
    /// A hostile <paramref name="value"/> as a path segment. Kestrel itself refuses a NUL in a path (400) and a
    /// request line over its limit (414) before the gateway runs, with no body; anything else reaches the endpoint.
    /// </summary>
    private static void InPath(
        CaseTable t, string name, string value, Func<string, string> path, Credential who, SweepBody? body, int status, string? code = null, string? field = null)
    {
        var url = path(E(value));
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            t.Add(name, url, who, body, 400, shape: ResponseShape.Bare);
        }
        else if (url.Length > MaxRequestLine)
        {
            t.Add(name, url, who, body, 414, shape: ResponseShape.Bare);
        }
        else
        {
            t.Add(name, url, who, body, status, code, field);
        }
    }

    /// <summary>Malformed order ids on a path built by <paramref name="path"/>: each a 400 naming productOrderId.</summary>
    private static void OrderIds(CaseTable t, Func<string, string> path, Credential who, SweepBody? body)
    {
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"order id {name}", value, path, who, body, 400, field: "productOrderId");
        }

        t.Add("order id 101 chars", path(new string('1', 101)), who, body, 400, field: "productOrderId")
            .Add("manual id of a malformed seller", path(E("M:../x:req")), who, body, 400, field: "productOrderId");
    }

    private static void SellerShipping(CaseTable t, SweepWorld w)
    {
        const string good = """{"deliveryCompanyCode": "CJGLS", "trackingNumber": "123456789012"}""";
        foreach (var (route, suffix) in new[]
        {
            ("PUT /api/seller/orders/{productOrderId}/smartstore-tracking", "smartstore-tracking"),
            ("PUT /api/seller/orders/{productOrderId}/smartstore-tracking/recorded", "smartstore-tracking/recorded"),
        })
        {
            var mine = $"/api/seller/orders/{w.A.PlacedId}/{suffix}";
            t.Route(route).MalformedBodies(mine, w.SellerA);
            OrderIds(t, id => $"/api/seller/orders/{id}/{suffix}", w.SellerA, J(good));
            t.Add("seller B's placed order", $"/api/seller/orders/{w.B.PlacedId}/{suffix}", w.SellerA, J(good), 403, "NotYours")
                .Add("A's order not placed", $"/api/seller/orders/{w.A.WaitingId}/{suffix}", w.SellerA, J(good), 409, "NotAllowedInCurrentState")
                .Add("an unknown carrier", mine, w.SellerA, J("""{"deliveryCompanyCode": "ACME", "trackingNumber": "123456789012"}"""), 400, field: "deliveryCompanyCode")
                .Add("a tracking number too short", mine, w.SellerA, J("""{"deliveryCompanyCode": "CJGLS", "trackingNumber": "12345"}"""), 400, field: "trackingNumber")
                .Add("a tracking number of 31", mine, w.SellerA, J($$"""{"deliveryCompanyCode": "CJGLS", "trackingNumber": "{{new string('1', 31)}}"}"""), 400, field: "trackingNumber")
                .Add("a tracking number a number", mine, w.SellerA, J("""{"deliveryCompanyCode": "CJGLS", "trackingNumber": 123456789012}"""), 400, "MalformedBody");
            foreach (var (name, value) in HostileText.Strings)
            {
                t.Add($"tracking number {name}", mine, w.SellerA, J($$"""{"deliveryCompanyCode": "CJGLS", "trackingNumber": {{HostileText.Json(value)}}}"""), 400, field: "trackingNumber");
            }
        }

        var delay = $"/api/seller/orders/{w.A.PlacedId}/dispatch-delay";
        var due = DateTimeOffset.UtcNow.AddDays(3).ToString("O");
        var goodDelay = $$"""{"dispatchDueDate": "{{due}}", "reason": "PRODUCT_PREPARE", "detail": "입고 지연"}""";
        t.Route("POST /api/seller/orders/{productOrderId}/dispatch-delay").MalformedBodies(delay, w.SellerA);
        OrderIds(t, id => $"/api/seller/orders/{id}/dispatch-delay", w.SellerA, J(goodDelay));
        t.Add("seller B's placed order", $"/api/seller/orders/{w.B.PlacedId}/dispatch-delay", w.SellerA, J(goodDelay), 403, "NotYours")
            .Add("A's order not placed", $"/api/seller/orders/{w.A.WaitingId}/dispatch-delay", w.SellerA, J(goodDelay), 409, "NotAllowedInCurrentState")
            .Add("a due date in the past", delay, w.SellerA, J("""{"dispatchDueDate": "2001-01-01T00:00:00+09:00", "reason": "ETC", "detail": "x"}"""), 400, field: "dispatchDueDate")
            .Add("a due date in 100 days", delay, w.SellerA, J($$"""{"dispatchDueDate": "{{DateTimeOffset.UtcNow.AddDays(100):O}}", "reason": "ETC", "detail": "x"}"""), 400, field: "dispatchDueDate")
            .Add("a due date not a date", delay, w.SellerA, J("""{"dispatchDueDate": "tomorrow", "reason": "ETC", "detail": "x"}"""), 400, "MalformedBody")
            .Add("a due date a number", delay, w.SellerA, J("""{"dispatchDueDate": 1735689600, "reason": "ETC", "detail": "x"}"""), 400, "MalformedBody")
            .Add("a due date in year 10000", delay, w.SellerA, J("""{"dispatchDueDate": "10000-01-01T00:00:00Z", "reason": "ETC", "detail": "x"}"""), 400, "MalformedBody")
            .Add("an unknown reason", delay, w.SellerA, J($$"""{"dispatchDueDate": "{{due}}", "reason": "BECAUSE", "detail": "x"}"""), 400, field: "reason")
            .Add("a reason in lower case", delay, w.SellerA, J($$"""{"dispatchDueDate": "{{due}}", "reason": "etc", "detail": "x"}"""), 400, field: "reason")
            .Add("a detail of 201", delay, w.SellerA, J($$"""{"dispatchDueDate": "{{due}}", "reason": "ETC", "detail": "{{new string('d', 201)}}"}"""), 400, field: "detail");
        foreach (var (name, value) in HostileText.WithControlCharacters)
        {
            t.Add($"detail {name}", delay, w.SellerA, J($$"""{"dispatchDueDate": "{{due}}", "reason": "ETC", "detail": {{HostileText.Json(value)}}}"""), 400, field: "detail");
        }
    }

    private static void SellerCatalogAndPoints(CaseTable t, SweepWorld w)
    {
        t.Route("POST /api/seller/sale-applications/apply-all")
            .Add("an operator applying", "/api/seller/sale-applications/apply-all", w.OperatorToken, null, 403)
            .Add("a supplier applying with a body", "/api/seller/sale-applications/apply-all", w.SupplierA, J("""{"sellerId": "x"}"""), 403);

        const string apply = "/api/seller/sale-applications";
        t.Route("POST /api/seller/sale-applications").MalformedBodies(apply, w.SellerA)
            .Add("no codes", apply, w.SellerA, J("""{"productCodes": []}"""), 400, field: "productCodes")
            .Add("codes a string", apply, w.SellerA, J("""{"productCodes": "CH0000001"}"""), 400, "MalformedBody")
            .Add("501 codes", apply, w.SellerA, J($$"""{"productCodes": [{{string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"CH{i:D7}\""))}}]}"""), 400, field: "productCodes")
            .Add("a null code", apply, w.SellerA, J("""{"productCodes": [null]}"""), 400, field: "productCodes[0]")
            .Add("a lower-case code", apply, w.SellerA, J("""{"productCodes": ["ch0000001"]}"""), 400, field: "productCodes[0]")
            .Add("Arabic-Indic digits", apply, w.SellerA, J("""{"productCodes": ["CH١٢٣٤٥٦٧"]}"""), 400, field: "productCodes[0]");
        foreach (var (name, value) in HostileText.Strings)
        {
            t.Add($"code {name}", apply, w.SellerA, J($$"""{"productCodes": [{{HostileText.Json(value)}}]}"""), 400, field: "productCodes[0]");
        }

        t.Route("GET /api/seller/sale-applications")
            .Add("another seller's id in the query", apply + "?sellerId=" + E(w.B.Seller.LoginId), w.SellerA, null, 200, shape: ResponseShape.Any);

        t.Route("GET /api/seller/products/{code}");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"code {name}", value, v => "/api/seller/products/" + v, w.SellerA, null, 400, field: "code");
        }

        t.Add("an unknown code", "/api/seller/products/CH0000000", w.SellerA, null, 404, "UnknownProduct")
            .Add("Arabic-Indic digits", "/api/seller/products/" + E("CH١٢٣٤٥٦٧"), w.SellerA, null, 400, field: "code");

        t.Route("GET /api/seller/points");
        foreach (var (field, value) in new[]
        {
            ("limit", "0"), ("limit", "-1"), ("limit", "501"), ("limit", "abc"), ("limit", "1e2"), ("limit", "99999999999999999999"),
            ("before", "0"), ("before", "-1"), ("before", "abc"), ("before", "99999999999999999999"), ("before", "'; DROP TABLE point_ledger; --"), ("before", "1.5"),
        })
        {
            t.Add($"{field} {value}", $"/api/seller/points?{field}={E(value)}", w.SellerA, null, 400, field: field);
        }

        const string manual = "/api/seller/manual-orders";
        var code = w.A.ProductCode;
        string Manual(string fields) => $$"""{"requestId": "sweep-manual-1", "productCode": "{{code}}", "quantity": 1, "recipient": {{Recipient}}{{fields}}}""";
        t.Route("POST /api/seller/manual-orders").MalformedBodies(manual, w.SellerA)
            .Add("seller B's order as the source", manual, w.SellerA, J(Manual($$""", "fromProductOrderId": "{{w.B.WaitingId}}" """)), 403, "NotYours")
            .Add("an unknown product", manual, w.SellerA, J(Manual("").Replace(code, "CH0000000", StringComparison.Ordinal)), 404, "UnknownProduct")
            .Add("an option of a product without options", manual, w.SellerA, J(Manual(""", "optionId": "opt-1" """)), 400, field: "optionId")
            .Add("no recipient", manual, w.SellerA, J($$"""{"requestId": "sweep-manual-2", "productCode": "{{code}}", "quantity": 1}"""), 400, field: "recipient")
            .Add("recipient a string", manual, w.SellerA, J(Manual("").Replace(Recipient, "\"홍길동\"", StringComparison.Ordinal)), 400, "MalformedBody")
            .Add("a phone of letters", manual, w.SellerA, J(Manual("").Replace("010-1234-5678", "call-me-maybe", StringComparison.Ordinal)), 400, field: "recipient.phone")
            .Add("a zip code of 6", manual, w.SellerA, J(Manual("").Replace("06236", "062360", StringComparison.Ordinal)), 400, field: "recipient.zipCode")
            .Add("a zip code a number", manual, w.SellerA, J(Manual("").Replace("\"06236\"", "6236", StringComparison.Ordinal)), 400, "MalformedBody")
            .Add("a memo of 301", manual, w.SellerA, J(Manual($$""", "memo": "{{new string('m', 301)}}" """)), 400, field: "memo");
        foreach (var (name, quantity) in new[] { ("0", "0"), ("-1", "-1"), ("10000", "10000"), ("int min", "-2147483648"), ("over int", "2147483648"), ("a fraction", "1.5"), ("1e400", "1e400"), ("a string", "\"1\""), ("true", "true"), ("null", "null") })
        {
            var malformed = name is "over int" or "a fraction" or "1e400" or "a string" or "true";
            t.Add($"quantity {name}", manual, w.SellerA, J(Manual("").Replace("\"quantity\": 1", $"\"quantity\": {quantity}", StringComparison.Ordinal)), 400,
                malformed ? "MalformedBody" : null, malformed ? null : "quantity");
        }

        foreach (var (name, value) in HostileText.Strings)
        {
            t.Add($"request id {name}", manual, w.SellerA, J(Manual("").Replace("\"sweep-manual-1\"", HostileText.Json(value), StringComparison.Ordinal)), 400, field: "requestId")
                .Add($"product code {name}", manual, w.SellerA, J(Manual("").Replace($"\"{code}\"", HostileText.Json(value), StringComparison.Ordinal)), 400, field: "productCode")
                .Add($"source order {name}", manual, w.SellerA, J(Manual($$""", "fromProductOrderId": {{HostileText.Json(value)}}""")), 400, field: "fromProductOrderId")
                // Free text is refused for its control characters; otherwise the quantity 0 sent with it is.
                .Add($"recipient name {name} with quantity 0", manual, w.SellerA,
                    J(Manual("").Replace("\"홍길동\"", HostileText.Json(value), StringComparison.Ordinal).Replace("\"quantity\": 1", "\"quantity\": 0", StringComparison.Ordinal)), 400,
                    field: value.Any(char.IsControl) || value.Length > 50 ? "recipient.name" : "quantity");
        }
    }

    private static void Operator(CaseTable t, SweepWorld w)
    {
        var op = w.OperatorToken;
        foreach (var (route, path, idField) in new[] { ("POST /api/operator/sellers", "/api/operator/sellers", "sellerId"), ("POST /api/operator/suppliers", "/api/operator/suppliers", "supplierId") })
        {
            var fresh = "sweep-new-" + idField.ToLowerInvariant()[..4];
            t.Route(route).MalformedBodies(path, op)
                .Add("an existing id", path, op, J($$"""{"{{idField}}": "{{w.A.Seller.LoginId}}", "password": "password-123", "name": "중복"}"""), 409, "LoginIdTaken")
                .Add("the operator's id", path, op, J($$"""{"{{idField}}": "operator", "password": "password-123", "name": "중복"}"""), 409, "LoginIdTaken")
                .Add("an upper-case id", path, op, J($$"""{"{{idField}}": "Sweep-New", "password": "password-123", "name": "새 계정"}"""), 400, field: idField)
                .Add("an id of 2", path, op, J($$"""{"{{idField}}": "ab", "password": "password-123", "name": "새 계정"}"""), 400, field: idField)
                .Add("an id of 33", path, op, J($$"""{"{{idField}}": "{{new string('a', 33)}}", "password": "password-123", "name": "새 계정"}"""), 400, field: idField)
                .Add("a short password", path, op, J($$"""{"{{idField}}": "{{fresh}}", "password": "pw", "name": "새 계정"}"""), 400, field: "password")
                .Add("a password of 129", path, op, J($$"""{"{{idField}}": "{{fresh}}", "password": "{{new string('p', 129)}}", "name": "새 계정"}"""), 400, field: "password")
                .Add("a name of 101", path, op, J($$"""{"{{idField}}": "{{fresh}}", "password": "password-123", "name": "{{new string('n', 101)}}"}"""), 400, field: "name")
                .Add("an id a number", path, op, J("""{"sellerId": 1, "supplierId": 1, "password": "password-123", "name": "x"}"""), 400, "MalformedBody")
                .Add("a role field", path, op, J($$"""{"{{idField}}": "{{fresh}}", "password": "pw", "name": "x", "role": "operator"}"""), 400, field: "password");
            foreach (var (name, value) in HostileText.Strings)
            {
                t.Add($"id {name}", path, op, J($$"""{"{{idField}}": {{HostileText.Json(value)}}, "password": "password-123", "name": "새 계정"}"""), 400, field: idField)
                    .Add($"name {name} with a short password", path, op, J($$"""{"{{idField}}": "{{fresh}}", "password": "pw", "name": {{HostileText.Json(value)}}}"""), 400, field: "password");
            }
        }

        foreach (var (route, path) in new[] { ("GET /api/operator/sellers", "/api/operator/sellers"), ("GET /api/operator/suppliers", "/api/operator/suppliers") })
        {
            t.Route(route);
            foreach (var (field, value) in new[] { ("limit", "0"), ("limit", "501"), ("limit", "-5"), ("limit", "ten"), ("after", "<script>"), ("after", "'; DROP TABLE accounts; --"), ("after", "A"), ("after", new string('a', 33)) })
            {
                t.Add($"{field} {value}", $"{path}?{field}={E(value)}", op, null, 400, field: field);
            }
        }

        t.Route("GET /api/operator/sellers/{sellerId}");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"seller id {name}", value, v => "/api/operator/sellers/" + v, op, null, 404, "UnknownSeller");
        }

        t.Add("a supplier's id", "/api/operator/sellers/" + w.A.Supplier.LoginId, op, null, 404, "UnknownSeller")
            .Add("the operator's id", "/api/operator/sellers/operator", op, null, 404, "UnknownSeller");

        t.Route("GET /api/operator/suppliers/{supplierId}");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"supplier id {name}", value, v => "/api/operator/suppliers/" + v, op, null, 404, "UnknownSupplier");
        }

        t.Add("a seller's id", "/api/operator/suppliers/" + w.A.Seller.LoginId, op, null, 404, "UnknownSupplier");

        var topUp = $"/api/operator/sellers/{w.A.Seller.LoginId}/points";
        t.Route("POST /api/operator/sellers/{sellerId}/points").MalformedBodies(topUp, op);
        foreach (var (name, amount) in new[] { ("0", "0"), ("-1", "-1"), ("long min", "-9223372036854775808"), ("over the maximum", "10000000001"), ("null", "null") })
        {
            t.Add($"amount {name}", topUp, op, J($$"""{"amount": {{amount}}, "memo": "스윕"}"""), 400, field: "amount");
        }

        foreach (var (name, amount) in new[] { ("over long", "9223372036854775808"), ("a fraction", "1000.5"), ("a string", "\"1000\""), ("1e400", "1e400"), ("true", "true"), ("NaN", "NaN") })
        {
            t.Add($"amount {name}", topUp, op, J($$"""{"amount": {{amount}}}"""), 400, "MalformedBody");
        }

        t.Add("a memo of 201", topUp, op, J($$"""{"amount": 1000, "memo": "{{new string('m', 201)}}"}"""), 400, field: "memo")
            .Add("a supplier as the seller", $"/api/operator/sellers/{w.A.Supplier.LoginId}/points", op, J("""{"amount": 1000, "requestId": "sweep-topup-1"}"""), 404, "UnknownSeller")
            .Add("the operator as the seller", "/api/operator/sellers/operator/points", op, J("""{"amount": 1000, "requestId": "sweep-topup-2"}"""), 404, "UnknownSeller")
            .Add("a seller top-up by the seller", topUp, w.SellerA, J("""{"amount": 1000000}"""), 403);
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"seller id {name}", value, v => $"/api/operator/sellers/{v}/points", op, J("""{"amount": 1000, "requestId": "sweep-topup-3"}"""), 404, "UnknownSeller");
            t.Add($"request id {name}", topUp, op, J($$"""{"amount": 1000, "requestId": {{HostileText.Json(value)}}}"""), 400, field: "requestId")
                .Add($"memo {name} with amount 0", topUp, op, J($$"""{"amount": 0, "memo": {{HostileText.Json(value)}}}"""), 400, field: "amount");
        }

        t.Route("PATCH /api/operator/accounts/{loginId}").MalformedBodies($"/api/operator/accounts/{w.A.Seller.LoginId}", op)
            .Add("disabled a string", $"/api/operator/accounts/{w.A.Seller.LoginId}", op, J("""{"disabled": "yes"}"""), 400, "MalformedBody")
            .Add("disabled null", $"/api/operator/accounts/{w.A.Seller.LoginId}", op, J("""{"disabled": null}"""), 400, field: "disabled")
            .Add("disabling oneself", "/api/operator/accounts/operator", op, J("""{"disabled": true}"""), 409, "CannotDisableSelf")
            .Add("an unknown account", "/api/operator/accounts/nobody-here", op, J("""{"disabled": true}"""), 404, "UnknownAccount")
            .Add("a seller disabling seller B", $"/api/operator/accounts/{w.B.Seller.LoginId}", w.SellerA, J("""{"disabled": true}"""), 403);
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"login id {name}", value, v => "/api/operator/accounts/" + v, op, J("""{"disabled": true}"""), 404, "UnknownAccount");
        }

        t.Route("GET /api/operator/products");
        foreach (var (field, value) in new[] { ("limit", "0"), ("limit", "9999"), ("after", "CH12"), ("after", "<script>"), ("q", new string('q', 101)), ("q", "a\u0000b"), ("q", "a\r\nb") })
        {
            t.Add($"{field} {(value.Length > 20 ? value.Length + " chars" : value)}", $"/api/operator/products?{field}={E(value)}", op, null, 400, field: field);
        }

        foreach (var (name, value) in HostileText.Strings.Where(s => !s.Value.Any(char.IsControl) && s.Value.Length <= 100).Append(("like wildcards", "%_\\")))
        {
            // A search is free text: hostile text finds nothing and breaks nothing.
            t.Add($"search {name}", "/api/operator/products?q=" + E(value), op, null, 200, shape: ResponseShape.Any);
        }

        t.Route("GET /api/operator/products/{code}");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"code {name}", value, v => "/api/operator/products/" + v, op, null, 400, field: "code");
        }

        t.Add("an unknown code", "/api/operator/products/CH0000000", op, null, 404, "UnknownProduct");

        var fresh2 = PlacedOrderScenario.NewProductCode();
        var product = $"/api/operator/products/{fresh2}";
        var validProduct = $$"""{"name": "스윕 상품", "imageUrl": "https://img.example.com/p.jpg", "supplierId": "{{w.A.Supplier.LoginId}}", "supplyPrice": 10000, "shippingFee": 3000, "minQuantity": 1, "status": "OnSale", "options": [{"optionId": "o1", "name": "빨강", "extraPrice": 0, "stock": 5, "status": "OnSale"}]}""";
        string Product(string? replace = null, string? with = null) => replace is null ? validProduct : validProduct.Replace(replace, with, StringComparison.Ordinal);
        t.Route("PUT /api/operator/products/{code}").MalformedBodies(product, op)
            .Add("a code in the body unlike the path's", product, op, J(Product("{\"name\"", "{\"code\": \"CH0000001\", \"name\"")), 400, field: "code")
            .Add("a seller as the supplier", product, op, J(Product(w.A.Supplier.LoginId, w.A.Seller.LoginId)), 422, "UnknownSupplier")
            .Add("a negative supply price", product, op, J(Product("\"supplyPrice\": 10000", "\"supplyPrice\": -1")), 400, field: "supplyPrice")
            .Add("a zero supply price", product, op, J(Product("\"supplyPrice\": 10000", "\"supplyPrice\": 0")), 400, field: "supplyPrice")
            .Add("a supply price over long", product, op, J(Product("\"supplyPrice\": 10000", "\"supplyPrice\": 92233720368547758070")), 400, "MalformedBody")
            .Add("a huge supply price", product, op, J(Product("\"supplyPrice\": 10000", "\"supplyPrice\": 100000001")), 400, field: "supplyPrice")
            .Add("a negative shipping fee", product, op, J(Product("\"shippingFee\": 3000", "\"shippingFee\": -3000")), 400, field: "shippingFee")
            .Add("a zero min quantity", product, op, J(Product("\"minQuantity\": 1", "\"minQuantity\": 0")), 400, field: "minQuantity")
            .Add("a status number", product, op, J(Product("\"status\": \"OnSale\", \"options\"", "\"status\": 0, \"options\"")), 400, "MalformedBody")
            .Add("an unknown status", product, op, J(Product("\"status\": \"OnSale\", \"options\"", "\"status\": \"Free\", \"options\"")), 400, "MalformedBody")
            .Add("options null", product, op, J(Product("[{\"optionId\": \"o1\", \"name\": \"빨강\", \"extraPrice\": 0, \"stock\": 5, \"status\": \"OnSale\"}]", "null")), 400, field: "options")
            .Add("an option null", product, op, J(Product("[{\"optionId\": \"o1\", \"name\": \"빨강\", \"extraPrice\": 0, \"stock\": 5, \"status\": \"OnSale\"}]", "[null]")), 400, field: "options[0]")
            .Add("negative stock", product, op, J(Product("\"stock\": 5", "\"stock\": -5")), 400, field: "options[0].stock")
            .Add("201 options", product, op, J(Product("[{\"optionId\": \"o1\", \"name\": \"빨강\", \"extraPrice\": 0, \"stock\": 5, \"status\": \"OnSale\"}]",
                "[" + string.Join(",", Enumerable.Range(0, 201).Select(i => $$"""{"optionId": "o{{i}}", "name": "옵션 {{i}}", "extraPrice": 0, "stock": 5, "status": "OnSale"}""")) + "]")), 400, field: "options")
            .Add("a javascript image URL", product, op, J(Product("https://img.example.com/p.jpg", "javascript:alert(1)")), 400, field: "imageUrl")
            .Add("a file image URL", product, op, J(Product("https://img.example.com/p.jpg", "file:///etc/passwd")), 400, field: "imageUrl");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"path code {name}", value, v => "/api/operator/products/" + v, op, J(Product()), 400, field: "code");
        }

        foreach (var (name, value) in HostileText.WithControlCharacters)
        {
            t.Add($"product name {name}", product, op, J(Product("\"스윕 상품\"", HostileText.Json(value))), 400, field: "name")
                .Add($"option name {name}", product, op, J(Product("\"빨강\"", HostileText.Json(value))), 400, field: "options[0].name");
        }
    }

    private static void Supplier(CaseTable t, SweepWorld w)
    {
        foreach (var (route, path) in new[] { ("GET /api/supplier/orders", "/api/supplier/orders"), ("GET /api/supplier/orders/page", "/api/supplier/orders/page") })
        {
            t.Route(route);
            foreach (var (name, query, field) in ListQueries("cursor", w))
            {
                t.Add(name, $"{path}?{query}", w.SupplierA, null, 400, field: field);
            }
        }

        const string good = """{"deliveryCompanyCode": "CJGLS", "trackingNumber": "123456789012"}""";
        var mine = $"/api/supplier/orders/{w.A.OnchOrderNo}/tracking";
        t.Route("PUT /api/supplier/orders/{onchOrderNo}/tracking").MalformedBodies(mine, w.SupplierA)
            .Add("supplier B on supplier A's order", mine, w.SupplierB, J(good), 403, "NotYours")
            .Add("seller A on its own order", mine, w.SellerA, J(good), 403)
            .Add("an unknown order", "/api/supplier/orders/ON20000101999999/tracking", w.SupplierA, J(good), 404, "NotFound")
            .Add("an order number of 33", $"/api/supplier/orders/{new string('1', 33)}/tracking", w.SupplierA, J(good), 404, "NotFound")
            .Add("a product order id for the order number", $"/api/supplier/orders/{w.A.PlacedId}/tracking", w.SupplierA, J(good), 404, "NotFound")
            .Add("an unknown carrier", mine, w.SupplierA, J("""{"deliveryCompanyCode": "<script>", "trackingNumber": "123456789012"}"""), 400, field: "deliveryCompanyCode")
            .Add("a carrier in lower case", mine, w.SupplierA, J("""{"deliveryCompanyCode": "cjgls ", "trackingNumber": "123456789012"}"""), 400, field: "deliveryCompanyCode")
            .Add("no tracking number", mine, w.SupplierA, J("""{"deliveryCompanyCode": "CJGLS"}"""), 400, field: "trackingNumber");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"order number {name}", value, v => $"/api/supplier/orders/{v}/tracking", w.SupplierA, J(good), 404, "NotFound");
            t.Add($"tracking number {name}", mine, w.SupplierA, J($$"""{"deliveryCompanyCode": "HANJIN", "trackingNumber": {{HostileText.Json(value)}}}"""), 400, field: "trackingNumber");
        }

        var delivered = $"/api/supplier/orders/{w.A.OnchOrderNo}/delivered";
        t.Route("POST /api/supplier/orders/{onchOrderNo}/delivered")
            .Add("supplier B on supplier A's order", delivered, w.SupplierB, null, 403, "NotYours")
            .Add("supplier B with a body naming A", delivered, w.SupplierB, J($$"""{"supplierId": "{{w.A.Supplier.LoginId}}"}"""), 403, "NotYours")
            .Add("seller A on its own order", delivered, w.SellerA, null, 403)
            .Add("an unknown order", "/api/supplier/orders/ON20000101999999/delivered", w.SupplierA, null, 404, "NotFound");
        foreach (var (name, value) in HostileText.Strings)
        {
            InPath(t, $"order number {name}", value, v => $"/api/supplier/orders/{v}/delivered", w.SupplierA, null, 404, "NotFound");
        }

        t.Route("GET /api/supplier/carriers")
            .Add("junk query", "/api/supplier/carriers?code=" + E("<script>"), w.SupplierA, null, 200, shape: ResponseShape.Any, lacks: "<script>");
    }

    private static void Operations(CaseTable t, SweepWorld w)
    {
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            t.Route($"* {path}")
                .Add("a forged token and junk query", path + "?verbose=" + E("<script>"), w.Spoiled[0], null, 200, shape: ResponseShape.Any, lacks: "<script>")
                .Add("a DELETE with a junk body", path, Credential.Anonymous, J("not json"), 200, shape: ResponseShape.Any, method: "DELETE");
        }

        t.Route("* /metrics")
            .Add("a seller's token instead of the scrape token", "/metrics", w.SellerA, null, 401, "Unauthorized")
            .Add("a junk body without the scrape token", "/metrics", Credential.Anonymous, J("{\"reset\": true}"), 401, "Unauthorized", method: "POST");

        t.Route("GET /openapi/{documentName}.json")
            // Microsoft.AspNetCore.OpenApi answers an unknown document in text/plain.
            .Add("an unknown document", "/openapi/v2.json", Credential.Anonymous, null, 404, shape: ResponseShape.Any)
            .Add("a script as the document", "/openapi/" + E("<script>") + ".json", Credential.Anonymous, null, 404, shape: ResponseShape.Any)
            .Add("a traversal as the document", "/openapi/" + E("../../etc/passwd") + ".json", Credential.Anonymous, null, 404, shape: ResponseShape.Any, lacks: "root:");

        foreach (var asset in new[] { "scalar.js", "scalar.aspnetcore.js", "favicon.svg" })
        {
            t.Route($"GET /api-reference/{asset}")
                .Add("a forged token and junk query", $"/api-reference/{asset}?v=" + E("'; DROP"), w.Spoiled[0], null, 200, shape: ResponseShape.Any);
        }

        t.Route("GET /api-reference/{documentName?}")
            .Add("a script as the document", "/api-reference/" + E("<script>alert(1)</script>"), Credential.Anonymous, null, 200, shape: ResponseShape.Any, lacks: "<script>alert(1)</script>")
            .Add("a traversal as the document", "/api-reference/" + E("../../etc/passwd"), Credential.Anonymous, null, 200, shape: ResponseShape.Any, lacks: "root:");

        t.Route(SweepRoute.NoRoute)
            .Add("an unknown API path", "/api/seller/everything", w.SellerA, null, 404)
            .Add("an unknown API path with a body", "/api/admin/drop", w.OperatorToken, J("{}"), 404, "NotFound", method: "POST")
            .Add("a GET of a POST-only API path", "/api/seller/collect", w.SellerA, null, 405, "MethodNotAllowed")
            .Add("a traversal out of the API", "/api/seller/orders/" + E("..") + "/" + E("..") + "/etc/passwd", w.SellerA, null, 404, lacks: "root:")
            .Add("a deep unknown path", "/api/seller/orders/1/2/3/4", w.SellerA, null, 404)
            .Add("a script in a page path", "/" + E("<script>alert(1)</script>"), Credential.Anonymous, null, 200, shape: ResponseShape.Any, lacks: "<script>alert(1)</script>")
            .Add("a missing file", "/nothing-here.js", Credential.Anonymous, null, 404)
            .Add("a POST to a page path", "/orders", Credential.Anonymous, J("{}"), 404, "NotFound", method: "POST");

        // The hub's HTTP side (the SignalR client's cases are in HubSweep): the token comes as access_token.
        const string negotiate = "/hubs/orders/negotiate?negotiateVersion=1";
        t.Route("* /hubs/orders/negotiate")
            // SignalR answers a bad negotiate request with 200 and an error in the body, which its clients read.
            .Add("a bad negotiate version", "/hubs/orders/negotiate?negotiateVersion=abc", w.SellerA, null, 200, shape: ResponseShape.Any, contains: "error", method: "POST")
            .Add("an operator's token in the query", $"{negotiate}&access_token={w.Operator.Token}", Credential.Anonymous, null, 403, method: "POST")
            .Add("an expired token in the query", $"{negotiate}&access_token={w.Spoiled[0].Bearer}", Credential.Anonymous, null, 401, method: "POST")
            .Add("two tokens in the query", $"{negotiate}&access_token={w.A.Seller.Token}&access_token={w.B.Seller.Token}", Credential.Anonymous, null, 401, method: "POST")
            .Add("a seller cookie", negotiate, new Credential("seller A cookie", Cookie: $"onch_token={w.A.Seller.Token}"), null, 401, method: "POST");
        t.Route("* /hubs/orders")
            .Add("an unknown connection id", "/hubs/orders?id=" + E("'; DROP TABLE x; --"), w.SellerA, null, 404, shape: ResponseShape.Any, method: "GET")
            .Add("a junk body to an unknown connection", "/hubs/orders?id=bogus", w.SellerA, J("{\"type\": 1, \"target\": \"JoinGroup\"}"), 404, shape: ResponseShape.Any, method: "POST")
            .Add("no connection id", "/hubs/orders", w.SellerA, null, 400, shape: ResponseShape.Any, method: "GET");

        // The Orleans Dashboard is the operator's: its routes' own answers to odd values are third-party; they must
        // not leak to other roles or fail with a 5xx for the operator.
        var dashboard = new[]
        {
            "/orleans-dashboard/", "/orleans-dashboard/index.html", "/orleans-dashboard/favicon.ico", "/orleans-dashboard/index.min.js",
            "/orleans-dashboard/index.css", "/orleans-dashboard/fonts/{**path}", "/orleans-dashboard/img/{**path}", "/orleans-dashboard/version",
            "/orleans-dashboard/DashboardCounters", "/orleans-dashboard/ClusterStats", "/orleans-dashboard/Reminders", "/orleans-dashboard/Reminders/{page:int}",
            "/orleans-dashboard/HistoricalStats/{*path}", "/orleans-dashboard/SiloProperties/{*address}", "/orleans-dashboard/SiloMetadata/{*address}",
            "/orleans-dashboard/SiloStats/{*address}", "/orleans-dashboard/SiloCounters/{*address}", "/orleans-dashboard/GrainStats/{*grainName}",
            "/orleans-dashboard/TopGrainMethods", "/orleans-dashboard/GrainState", "/orleans-dashboard/LifecycleStages", "/orleans-dashboard/GrainTypes",
            "/orleans-dashboard/Trace",
        };
        foreach (var pattern in dashboard)
        {
            var path = pattern.Replace("{**path}", E("../../etc/passwd"), StringComparison.Ordinal)
                .Replace("{page:int}", "-1", StringComparison.Ordinal)
                .Replace("{*path}", E("<script>"), StringComparison.Ordinal)
                .Replace("{*address}", E("'; DROP TABLE x; --"), StringComparison.Ordinal)
                .Replace("{*grainName}", E("../../etc"), StringComparison.Ordinal);
            t.Route($"GET {pattern}")
                .Add("a seller's cookie", path, new Credential("seller A cookie", Cookie: $"onch_token={w.A.Seller.Token}"), null, 403)
                .Add("a forged cookie", path, new Credential("forged cookie", Cookie: $"onch_token={w.Spoiled[0].Bearer}"), null, 401);
        }
    }
}
