using SmartStoreSimulator.Domain;

namespace SmartStoreSimulator.Naver;

/// <summary>The documented JSON shapes of a product order (query and conditions listing) and of a change.</summary>
internal static class OrderJson
{
    public static object Content(SimOrder o) => new
    {
        order = new
        {
            orderId = o.OrderId,
            orderDate = SimTime.Format(o.OrderDate),
            ordererId = "buyer" + o.OrderId[^6..],
            ordererName = o.OrdererName,
            ordererTel = o.ReceiverTel,
            paymentDate = SimTime.Format(o.PaymentDate),
            paymentMeans = "신용카드",
            payLocationType = "MOBILE",
            generalPaymentAmount = o.TotalPaymentAmount,
            orderDiscountAmount = 0,
        },
        productOrder = new
        {
            productOrderId = o.ProductOrderId,
            productOrderStatus = o.ProductOrderStatus,
            placeOrderStatus = o.PlaceOrderStatus,
            placeOrderDate = SimTime.Format(o.PlaceOrderDate),
            claimType = o.ClaimType,
            claimStatus = o.ClaimStatus,
            productId = o.ProductId,
            productName = o.ProductName,
            productOption = o.ProductOption,
            sellerProductCode = o.SellerProductCode,
            quantity = o.Quantity,
            initialQuantity = o.Quantity,
            remainQuantity = o.Quantity,
            unitPrice = o.UnitPrice,
            optionPrice = 0,
            totalProductAmount = o.UnitPrice * o.Quantity,
            totalPaymentAmount = o.TotalPaymentAmount,
            deliveryFeeAmount = o.DeliveryFee,
            expectedDeliveryMethod = "DELIVERY",
            deliveryAttributeType = "NORMAL",
            shippingDueDate = SimTime.Format(o.ShippingDueDate),
            delayedDispatchReason = o.DelayedDispatchReason,
            delayedDispatchDetailedReason = o.DelayedDispatchDetailedReason,
            shippingMemo = o.ShippingMemo,
            shippingAddress = new
            {
                addressType = "DOMESTIC",
                name = o.ReceiverName,
                tel1 = o.ReceiverTel,
                tel2 = string.Empty,
                zipCode = o.ZipCode,
                baseAddress = o.BaseAddress,
                detailedAddress = o.DetailedAddress,
                city = string.Empty,
                state = string.Empty,
                country = "한국",
                isRoadNameAddress = true,
            },
        },
        delivery = o.TrackingNumber is null
            ? null
            : new
            {
                deliveryCompany = o.DeliveryCompany,
                trackingNumber = o.TrackingNumber,
                deliveryMethod = o.DeliveryMethod,
                deliveryStatus = o.DeliveryStatus,
                sendDate = SimTime.Format(o.SendDate),
                deliveredDate = SimTime.Format(o.DeliveredDate),
                isWrongTrackingNumber = false,
            },
    };

    public static object Change(SimOrder o) => new
    {
        orderId = o.OrderId,
        productOrderId = o.ProductOrderId,
        lastChangedType = o.LastChangedType,
        lastChangedDate = SimTime.Format(o.LastChangedDate),
        paymentDate = SimTime.Format(o.PaymentDate),
        productOrderStatus = o.ProductOrderStatus,
        claimType = o.ClaimType,
        claimStatus = o.ClaimStatus,
        receiverAddressChanged = o.ReceiverAddressChanged,
    };
}
