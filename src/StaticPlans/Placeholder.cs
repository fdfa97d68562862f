namespace StaticPlans; public static class Placeholder {}
